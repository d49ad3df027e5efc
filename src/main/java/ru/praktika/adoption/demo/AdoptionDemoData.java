package ru.praktika.adoption.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import ru.praktika.adoption.catalogue.CataloguePractice;
import ru.praktika.adoption.catalogue.CataloguePracticeRepository;
import ru.praktika.adoption.catalogue.PracticeCard;
import ru.praktika.adoption.implementation.Implementation;
import ru.praktika.adoption.implementation.ImplementationStatus;
import ru.praktika.adoption.implementation.Implementations;
import ru.praktika.adoption.municipal.MunicipalWork;
import ru.praktika.adoption.roadmap.ActivityPlan;
import ru.praktika.adoption.roadmap.ActivityProgress;
import ru.praktika.adoption.roadmap.ActivityStatus;
import ru.praktika.adoption.roadmap.Roadmap;
import ru.praktika.adoption.roadmap.RoadmapActivity;
import ru.praktika.adoption.roadmap.Roadmaps;
import ru.praktika.adoption.study.PracticeStudy;
import ru.praktika.adoption.study.Studies;
import ru.praktika.directory.DemoCast;
import ru.praktika.directory.FederalSubjectRepository;

/**
 * Demo run only: a catalogue of real practice titles (public news, see domain.md; the Smarteka links are
 * illustrative) and implementations at different stages for Минздрав and Минсоцзащиты. Written through the
 * services as the demo users, so the same rules, history and audit apply. Only into an empty catalogue.
 */
@Component
@Profile("demo")
@Order(40)
class AdoptionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdoptionDemoData.class);

    private final CataloguePracticeRepository practices;
    private final FederalSubjectRepository subjects;
    private final DemoCast cast;
    private final Studies studies;
    private final Implementations implementations;
    private final Roadmaps roadmaps;
    private final MunicipalWork municipal;
    private final UserDetailsService users;
    private final Clock clock;

    AdoptionDemoData(CataloguePracticeRepository practices, FederalSubjectRepository subjects, DemoCast cast,
                     Studies studies, Implementations implementations, Roadmaps roadmaps, MunicipalWork municipal,
                     UserDetailsService users, Clock clock) {
        this.practices = practices;
        this.subjects = subjects;
        this.cast = cast;
        this.studies = studies;
        this.implementations = implementations;
        this.roadmaps = roadmaps;
        this.municipal = municipal;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @org.springframework.transaction.annotation.Transactional
    public void run(ApplicationArguments args) {
        if (practices.count() > 0) {
            return;
        }
        Map<String, Long> ids = new java.util.HashMap<>();
        for (String[] p : CATALOGUE) {
            CataloguePractice saved = practices.save(new CataloguePractice(new PracticeCard(p[0], p[1], subject(p[2]),
                    cast.categoryNamed(p[3]), p[4], p[5], p[6], p[7], p[8], !p[9].isEmpty(),
                    p[9].isEmpty() ? null : Integer.valueOf(p[9]))));
            ids.put(p[1], saved.getId());
        }
        try {
            implementations(ids);
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Демо-режим: каталог практик Смартеки ({} карточек) и внедрения Минздрава и Минсоцзащиты", CATALOGUE.size());
    }

    private void implementations(Map<String, Long> ids) {
        LocalDate today = LocalDate.now(clock);
        Long blag = cast.municipalityId().orElse(null);

        // Минздрав: «Поликлиника. Перезагрузка» — roadmap approved and under way, one activity overdue.
        as("officer.zdrav");
        Long clinic = ids.get("Поликлиника. Перезагрузка");
        studies.record(clinic, null, new Studies.StudyData("Изучен опыт Московской области: открытая регистратура, навигация, электронная очередь.",
                "Применима в городских поликлиниках Благовещенска и Белогорска.", "Сокращение времени ожидания приёма на 30%.",
                "Средства на навигацию и ремонт зон ожидания; обучение регистраторов.", PracticeStudy.Decision.IMPLEMENT, null, true));
        Implementation i1 = implementations.ofPractice(clinic, cast.firstBody()).orElseThrow();
        implementations.apply(i1.getId(), i1.getVersion(), today.minusDays(120), "Заявка № СМ-2026-0417",
                "Министерство здравоохранения Московской области, отдел организации первичной помощи");
        Roadmap r1 = roadmaps.create(i1.getId(), today.minusDays(100), true);
        r1 = roadmaps.find(r1.getId());
        var a1 = r1.getActivities();
        roadmaps.changeActivity(r1.getId(), a1.get(0).getId(), a1.get(0).getVersion(), plan(a1.get(0), null, 2), null);
        r1 = roadmaps.find(r1.getId());
        roadmaps.changeActivity(r1.getId(), r1.getActivities().get(1).getId(), r1.getActivities().get(1).getVersion(),
                plan(r1.getActivities().get(1), blag, 3), null);
        implementations.record(i1.getId(), implementations.find(i1.getId()).getVersion(),
                "Среднее время ожидания в регистратуре — не более 10 минут в 5 поликлиниках к концу 2026 года.", null,
                "Соколов Игорь Викторович", "главный специалист-эксперт", "+7 (4162) 20-00-01", "officer.zdrav@praktika.example");
        implementations.addIndicator(i1.getId(), "Поликлиник, работающих по новой модели", "ед.",
                new BigDecimal("5"), today.plusDays(200), new BigDecimal("2"), today.minusDays(5));
        as("head.zdrav");
        r1 = roadmaps.find(r1.getId());
        roadmaps.approve(r1.getId(), r1.getVersion(), "112-од", today.minusDays(90), "prikaz-112-od.pdf",
                "Приказ № 112-од (демонстрационный файл)".getBytes(StandardCharsets.UTF_8));
        as("officer.zdrav");
        i1 = implementations.find(i1.getId());
        implementations.move(i1.getId(), i1.getVersion(), ImplementationStatus.IN_PROGRESS, "Приказ подписан, работы начаты");
        r1 = roadmaps.find(r1.getId());
        RoadmapActivity first = r1.getActivities().get(0);
        roadmaps.progress(first, first.getVersion(), new ActivityProgress(ActivityStatus.DONE, first.getDueDate(),
                "Рабочая группа создана приказом № 98-од", null, null));

        // Минздрав: «Прогулка с врачом» — application filed.
        Long walk = ids.get("Прогулка с врачом");
        studies.record(walk, null, new Studies.StudyData("Формат подходит для «Дней здоровья».", "Применима во всех округах.",
                "Вовлечение жителей в профилактику.", "Волонтёры-медики, согласование маршрутов.", PracticeStudy.Decision.IMPLEMENT, null, true));
        Implementation i2 = implementations.ofPractice(walk, cast.firstBody()).orElseThrow();
        implementations.apply(i2.getId(), i2.getVersion(), today.minusDays(10), "https://smarteka.com/applications/demo-4821", null);
        studies.record(ids.get("Будущее без ограничений"), null, new Studies.StudyData("Кадровая практика, не в наших категориях.",
                null, null, null, PracticeStudy.Decision.NOT_NOW, "Передано на изучение Минпроектного управления", false));

        // Минсоцзащиты: «Санаторий на дому» — roadmap drafted, waiting for the head's approval.
        as("officer.soc");
        Long sanatorium = ids.get("Санаторий на дому");
        studies.record(sanatorium, null, new Studies.StudyData("Реабилитация пожилых на дому силами центров соцобслуживания.",
                "Применима: высокая доля маломобильных граждан в сельских округах.", "До 300 человек в год.",
                "Мобильные бригады, оборудование для ЛФК.", PracticeStudy.Decision.IMPLEMENT, null, true));
        Implementation i3 = implementations.ofPractice(sanatorium, cast.secondBody()).orElseThrow();
        implementations.apply(i3.getId(), i3.getVersion(), today.minusDays(40), "Заявка № СМ-2026-0533",
                "Министерство труда и социальной защиты Ставропольского края");
        roadmaps.create(i3.getId(), today.plusDays(7), true);

        // Минсоцзащиты: «Семейные паспорта городов и районов» — being studied.
        studies.record(ids.get("Семейные паспорта городов и районов"), null, new Studies.StudyData(
                "Изучаем методику паспорта на примере Башкортостана.", null, null, null, PracticeStudy.Decision.IMPLEMENT, null, true));
        municipal.change(cast.secondBody(), null, true, true);
    }

    private static ActivityPlan plan(RoadmapActivity a, Long municipality, int weight) {
        return new ActivityPlan(a.getNumber(), a.getTitle(), a.getStartDate(), a.getDueDate(), a.getResponsibleBodyId(),
                "Соколов И. В.", null, municipality, "Приказ / отчёт о выполнении", null, null, weight);
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private Long subject(String name) {
        return subjects.findByNameIgnoreCase(name).orElseThrow(() -> new IllegalStateException(name)).getId();
    }

    /** url, title, region, category, summary, algorithm, results, owner contacts, tags, recommended year. */
    private static final List<String[]> CATALOGUE = List.of(
            new String[] {"https://smarteka.com/practices/sanatoriy-na-domu", "Санаторий на дому", "Ставропольский край",
                    "Социальная поддержка", "Курс реабилитации для пожилых и маломобильных граждан на дому: массаж, ЛФК, консультации специалистов центра социального обслуживания.",
                    "Определить центры социального обслуживания — участники (14 дней)\nСформировать мобильные бригады (30 дней)\nЗакупить оборудование для ЛФК (60 дней)\nОбучить специалистов (21 день)\nЗапустить приём заявок и оказывать услугу (90 дней)",
                    "Более 2 000 граждан получили курс реабилитации на дому.", "Министерство труда и социальной защиты населения Ставропольского края", "пожилые, реабилитация, долговременный уход", "2023"},
            new String[] {"https://smarteka.com/practices/poliklinika-perezagruzka", "Поликлиника. Перезагрузка", "Московская область",
                    "Здравоохранение", "Открытая регистратура, понятная навигация, разделение потоков здоровых и больных, электронная очередь.",
                    "Создать рабочую группу (14 дней)\nПровести аудит потоков пациентов (30 дней)\nПерепланировать зоны регистратуры и ожидания (90 дней)\nВнедрить электронную очередь и навигацию (60 дней)\nОбучить персонал клиентоориентированности (30 дней)",
                    "Время ожидания в регистратуре снизилось в 3 раза.", "Министерство здравоохранения Московской области", "поликлиника, бережливое производство, очередь", "2022"},
            new String[] {"https://smarteka.com/practices/progulka-s-vrachom", "Прогулка с врачом", "Приморский край",
                    "Здравоохранение", "Прогулки жителей с врачами в парках: измерение давления, консультации, разговор о профилактике.",
                    "Согласовать маршруты с администрациями (14 дней)\nПривлечь врачей-волонтёров (21 день)\nПровести информационную кампанию (14 дней)\nПроводить прогулки еженедельно (3 мес.)",
                    "Более 5 000 участников за сезон.", "Министерство здравоохранения Приморского края", "профилактика, здоровый образ жизни", ""},
            new String[] {"https://smarteka.com/practices/shkola-serebryanogo-gida", "Школа серебряного гида", "Ивановская область",
                    "Туризм", "Обучение людей старшего возраста экскурсионному делу и их работа гидами.",
                    "Набрать слушателей\nПровести обучение\nОрганизовать пробные экскурсии", "120 выпускников, 30 работают гидами.",
                    "Комитет Ивановской области по туризму", "туризм, старшее поколение", ""},
            new String[] {"https://smarteka.com/practices/narodnyy-universitet", "Народный университет", "Красноярский край",
                    "Образование", "Бесплатные образовательные курсы для жителей всех возрастов на базе вузов.",
                    "Отобрать курсы\nЗаключить соглашения с вузами\nОткрыть запись", "Более 10 000 слушателей.", "Министерство образования Красноярского края", "образование взрослых", "2023"},
            new String[] {"https://smarteka.com/practices/stan-socialnym-predprinimatelem", "Стань социальным предпринимателем!", "Республика Башкортостан",
                    "Развитие предпринимательства", "Акселератор для будущих социальных предпринимателей.",
                    "Объявить набор\nПровести обучение\nСопровождать получение статуса", "300 участников, 120 получили статус социального предприятия.",
                    "Центр «Мой бизнес» Республики Башкортостан", "социальное предпринимательство", "2022"},
            new String[] {"https://smarteka.com/practices/semeynye-pasporta", "Семейные паспорта городов и районов", "Республика Башкортостан",
                    "Социальная поддержка", "Паспорт семейной политики каждого муниципалитета: показатели, меры поддержки, рейтинг.",
                    "Разработать методику паспорта\nСобрать данные муниципалитетов\nОпубликовать паспорта", "Паспорта всех 63 муниципалитетов.",
                    "Министерство семьи, труда и социальной защиты населения Республики Башкортостан", "семья, муниципалитеты", ""},
            new String[] {"https://smarteka.com/practices/budushchee-bez-ogranicheniy", "Будущее без ограничений", "г. Москва",
                    "Кадровый потенциал", "Трудоустройство людей с инвалидностью: подбор вакансий, наставничество, адаптация рабочего места.",
                    "Создать базу вакансий\nОбучить наставников\nСопровождать трудоустройство", "Трудоустроено более 1 500 человек.", "Департамент труда и социальной защиты населения города Москвы", "инвалидность, занятость", "2023"},
            new String[] {"https://smarteka.com/practices/atmosfera", "Атмосфера", "Удмуртская Республика",
                    "Региональное и муниципальное управление", "Развитие управленческих команд муниципалитетов через проектные сессии.",
                    "Сформировать команды\nПровести проектные сессии\nЗащитить проекты", "Команды 25 муниципалитетов.", "Администрация Главы и Правительства Удмуртской Республики", "управление, муниципалитеты", ""},
            new String[] {"https://smarteka.com/practices/energoservis-osveshchenie", "Энергосервисные контракты на уличное освещение", "Смоленская область",
                    "Комфортная среда", "Модернизация уличного освещения муниципалитетов за счёт экономии по энергосервисным контрактам.",
                    "Провести энергоаудит\nПодготовить конкурсную документацию\nЗаключить контракты\nКонтролировать экономию", "Экономия электроэнергии до 60%.", "Департамент Смоленской области по энергетике", "энергосбережение, освещение", "2022"},
            new String[] {"https://smarteka.com/practices/kulturnaya-obstanovka", "Культурная о(б)становка", "Курская область",
                    "Креативная экономика", "Арт-объекты и культурные события на остановках общественного транспорта.",
                    "Отобрать остановки\nПровести конкурс художников\nОткрыть объекты", "40 остановок стали арт-пространствами.", "Комитет по культуре Курской области", "культура, городская среда", ""});
}
