package ru.praktika.practices.placement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.DemoCast;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.Role;
import ru.praktika.practices.card.Indicator;
import ru.praktika.practices.card.Practice;
import ru.praktika.practices.card.PracticeCard;
import ru.praktika.practices.card.PracticeRepository;
import ru.praktika.practices.criteria.CriterionEvidence;
import ru.praktika.practices.criteria.CriterionEvidenceRepository;

/**
 * Demo practices of the loaded region in different statuses, owned by the two bodies {@link DemoCast} casts (whose
 * demo users exist). Only in the demo run and only into an empty table. Smarteka numbers and links are illustrative.
 * The municipal proposal of the demo is {@code proposals.DemoProposals}.
 */
@Component
@Profile("demo")
@Order(40)
class DemoPractices implements ApplicationRunner {

    /** Demo practices run from the start of 2025. */
    private static final LocalDate PERIOD_START = LocalDate.of(2025, 1, 1);

    private static final Logger log = LoggerFactory.getLogger(DemoPractices.class);

    private final PracticeRepository practices;
    private final PlacementStepRepository steps;
    private final CriterionEvidenceRepository evidence;
    private final ReplicationRepository replications;
    private final SmartekaSnapshotRepository snapshots;
    private final DemoCast cast;
    private final Clock clock;

    DemoPractices(PracticeRepository practices, PlacementStepRepository steps, CriterionEvidenceRepository evidence,
                  ReplicationRepository replications, SmartekaSnapshotRepository snapshots, DemoCast cast,
                  Clock clock) {
        this.practices = practices;
        this.steps = steps;
        this.evidence = evidence;
        this.replications = replications;
        this.snapshots = snapshots;
        this.cast = cast;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (practices.count() > 0) {
            return;
        }
        Long zdrav = cast.firstBody();
        Long soc = cast.secondBody();
        Long health = cast.firstCategory();
        Long social = cast.secondCategory();
        Long blag = cast.municipalityId().orElse(null);
        CurrentUser officerZdrav = new CurrentUser(0L, "officer.zdrav", "Соколов Игорь Викторович", Set.of(Role.OFFICER), zdrav, null);
        CurrentUser officerSoc = new CurrentUser(0L, "officer.soc", "Белова Екатерина Андреевна", Set.of(Role.OFFICER), soc, null);
        CurrentUser coordinator = new CurrentUser(0L, "coordinator", "Петрова Анна Сергеевна", Set.of(Role.COORDINATOR), null, null);
        LocalDate today = LocalDate.now(clock);

        Practice together = practice(soc, card("«В будущее вместе»", social, null,
                "Комплексное сопровождение семей участников специальной военной операции: единый социальный координатор ведёт семью от обращения до решения вопроса.",
                "Семьи обращаются в разные ведомства по отдельности, помощь приходит с опозданием и не полностью.",
                "Закрепить за каждой семьёй социального координатора\nСоставить карту потребностей семьи при первой встрече\nПодключить ведомства по карте потребностей через межведомственный запрос\nКонтролировать исполнение каждого пункта карты\nПроводить повторную встречу через три месяца",
                "Семьи получают помощь по единому плану, среднее время решения вопроса сократилось.",
                List.of(new Indicator("Среднее время решения обращения", "дней", new BigDecimal("21"), new BigDecimal("9"), today.minusMonths(2))),
                "Белова Екатерина Андреевна", "ведущий консультант", "+7 (4162) 20-00-00"), today.minusMonths(14));
        Practice mobile = practice(zdrav, card("Мобильные бригады диспансеризации в отдалённых сёлах", health, null,
                "Выездные бригады с передвижными комплексами проводят диспансеризацию в сёлах без постоянного врача.",
                "В отдалённых сёлах " + cast.regionGenitive() + " диспансеризацию проходит меньшая доля взрослого населения, чем в городах.",
                "Составить график выездов по районам на год\nОповестить жителей через администрации поселений\nПровести обследования на передвижном комплексе\nПередать результаты в районную больницу\nЗаписать выявленных пациентов на приём",
                "Охват диспансеризацией сельского населения вырос.",
                List.of(new Indicator("Охват диспансеризацией в сёлах", "%", new BigDecimal("38"), new BigDecimal("61"), today.minusMonths(3))),
                "Соколов Игорь Викторович", "главный специалист-эксперт", "+7 (4162) 20-00-01"), today.minusMonths(20));
        Practice tele = practice(zdrav, card("Телемедицинские консультации для фельдшерско-акушерских пунктов", health, null,
                "Фельдшер ФАПа в режиме реального времени получает консультацию врача районной больницы.",
                "Фельдшерско-акушерские пункты удалены от районных больниц на сотни километров.",
                "Оснастить ФАП оборудованием для видеосвязи\nОбучить фельдшеров работе в медицинской информационной системе\nУтвердить график дежурств врачей-консультантов\nВести протокол каждой консультации",
                "Сократилось число необоснованных направлений в районную больницу.",
                List.of(), "Соколов Игорь Викторович", "главный специалист-эксперт", "+7 (4162) 20-00-01"), today.minusMonths(10));
        Practice school = practice(zdrav, new PracticeCard("Школа здоровья для пациентов с сахарным диабетом", health, blag,
                null, null, null, null, "Групповые занятия для пациентов и родственников в поликлиниках Благовещенска.",
                null, null, null, List.of(), null, null, null, null, null, null, null, "школа здоровья, диабет"), null);
        Practice longevity = practice(soc, card("Активное долголетие в сельских поселениях", social, null,
                "Клубы активного долголетия при сельских домах культуры с занятиями физкультурой, компьютерной грамотностью и творчеством.",
                "Пожилые жители сёл реже вовлечены в программы активного долголетия, чем горожане.",
                "Выбрать площадки при домах культуры\nНабрать и обучить кураторов клубов\nСоставить расписание занятий с жителями\nОрганизовать подвоз участников из малых сёл",
                "В клубах занимаются жители старшего возраста из сёл.",
                List.of(new Indicator("Участников клубов", "чел.", new BigDecimal("0"), new BigDecimal("540"), today.minusMonths(1))),
                "Белова Екатерина Андреевна", "ведущий консультант", "+7 (4162) 20-00-00"), today.minusMonths(12));
        Practice taxi = practice(soc, card("Социальное такси для маломобильных граждан", social, null,
                "Доставка инвалидов и пожилых граждан к медицинским и социальным учреждениям по заявке.",
                "Маломобильные граждане не могут добраться до учреждений без посторонней помощи.",
                "Принять заявку по телефону горячей линии\nНазначить автомобиль с подъёмником\nДоставить гражданина и вернуть домой",
                "Поездки доступны в городах и районных центрах области.",
                List.of(), "Белова Екатерина Андреевна", "ведущий консультант", "+7 (4162) 20-00-00"), today.minusMonths(8));

        // Evidence: б) for «В будущее вместе», в) for the mobile teams, г) for telemedicine and the clubs.
        evidence.save(new CriterionEvidence(together.getId(), new CriterionEvidence.Fields(CriterionEvidence.STRONG_IDEAS,
                today.getYear() - 1, CriterionEvidence.ListLevel.TOP_1000, "В будущее вместе", null, null, null, null,
                "https://ideas.asi.ru/"), null, officerSoc.fullName(), clock.instant()));
        evidence.save(new CriterionEvidence(mobile.getId(), new CriterionEvidence.Fields(CriterionEvidence.ASI_LEADERSHIP,
                null, null, null, "АСИ-244", today.minusMonths(6), null, null, null), null, officerZdrav.fullName(), clock.instant()));
        evidence.save(new CriterionEvidence(tele.getId(), new CriterionEvidence.Fields(CriterionEvidence.RECOMMENDATION,
                null, null, null, "17-4/1520", today.minusMonths(4), "Министерство здравоохранения Российской Федерации",
                "Письмо о тиражировании практик", null), null, officerZdrav.fullName(), clock.instant()));
        evidence.save(new CriterionEvidence(longevity.getId(), new CriterionEvidence.Fields(CriterionEvidence.RECOMMENDATION,
                null, null, null, "12-3/887", today.minusMonths(5), "АНО «Агентство стратегических инициатив»",
                "Рекомендация по размещению", null), null, officerSoc.fullName(), clock.instant()));

        // Histories: each status reached through the workflow, with dates in the past.
        walk(together, officerSoc, today.minusMonths(9), new StatusChange(PlacementWorkflow.CRITERIA_CHECK, null, null, null, null));
        walk(together, officerSoc, today.minusMonths(9), new StatusChange(PlacementWorkflow.READY, null, null, null, null));
        walk(together, officerSoc, today.minusMonths(8), new StatusChange(PlacementWorkflow.SUBMITTED, null, today.minusMonths(8), "СМ-2026-0412", null));
        walk(together, coordinator, today.minusMonths(6), new StatusChange(PlacementWorkflow.PUBLISHED, "Опубликована после модерации",
                today.minusMonths(6), null, "https://smarteka.com/practices/v-budushchee-vmeste"));
        replications.save(new Replication(together.getId(), "75", today.minusMonths(3), null, coordinator.fullName()));
        replications.save(new Replication(together.getId(), "07", today.minusMonths(1), null, coordinator.fullName()));
        snapshots.save(new SmartekaSnapshot(together.getId(), today.minusMonths(1), 2, 48, 1320, coordinator.fullName()));

        walk(mobile, officerZdrav, today.minusMonths(2), new StatusChange(PlacementWorkflow.CRITERIA_CHECK, null, null, null, null));
        walk(mobile, officerZdrav, today.minusMonths(2), new StatusChange(PlacementWorkflow.READY, null, null, null, null));
        walk(mobile, officerZdrav, today.minusMonths(1), new StatusChange(PlacementWorkflow.SUBMITTED, null, today.minusMonths(1), "СМ-2026-1187", null));

        walk(tele, officerZdrav, today.minusDays(10), new StatusChange(PlacementWorkflow.CRITERIA_CHECK, null, null, null, null));
        walk(tele, officerZdrav, today.minusDays(5), new StatusChange(PlacementWorkflow.READY, "Критерий г) подтверждён письмом Минздрава России", null, null, null));

        walk(longevity, officerSoc, today.minusMonths(4), new StatusChange(PlacementWorkflow.CRITERIA_CHECK, null, null, null, null));
        walk(longevity, officerSoc, today.minusMonths(4), new StatusChange(PlacementWorkflow.READY, null, null, null, null));
        walk(longevity, officerSoc, today.minusMonths(3), new StatusChange(PlacementWorkflow.SUBMITTED, null, today.minusMonths(3), "СМ-2026-0958", null));
        walk(longevity, coordinator, today.minusMonths(2), new StatusChange(PlacementWorkflow.RETURNED,
                "Смартека просит дополнить алгоритм сведениями о затратах на подвоз участников", today.minusMonths(2), null, null));

        walk(taxi, officerSoc, today.minusDays(3), new StatusChange(PlacementWorkflow.CRITERIA_CHECK, null, null, null, null));

        log.info("Демо-режим: созданы {} практик {}", practices.count(), cast.regionGenitive());
    }

    private Practice practice(Long bodyId, PracticeCard card, LocalDate createdOn) {
        Instant at = createdOn == null ? clock.instant() : createdOn.atStartOfDay(ZoneId.of("Asia/Yakutsk")).toInstant();
        Practice p = practices.saveAndFlush(new Practice(bodyId, card, at));
        steps.save(new PlacementStep(p.getId(), null, PlacementWorkflow.DRAFT, createdOn == null ? LocalDate.now(clock) : createdOn,
                at, "demo", "Демонстрационные данные", null, null, null));
        return p;
    }

    private void walk(Practice p, CurrentUser actor, LocalDate on, StatusChange change) {
        Instant at = on.atTime(10, 0).atZone(ZoneId.of("Asia/Yakutsk")).toInstant();
        StatusChange dated = new StatusChange(change.target(), change.comment(), change.date() == null ? on : change.date(),
                change.applicationNumber(), change.checkedUrl());
        steps.save(p.moveTo(dated, true, actor, at, LocalDate.now(clock)));
        practices.saveAndFlush(p);
    }

    private static PracticeCard card(String title, Long category, Long municipality, String summary, String problem,
                                     String algorithm, String results, List<Indicator> indicators, String leader,
                                     String position, String phone) {
        return new PracticeCard(title, category, municipality, leader, position, phone, null, summary, problem, algorithm,
                results, indicators, "Специалисты органа и подведомственных учреждений",
                "В пределах средств областного бюджета на текущую деятельность", null,
                PERIOD_START, null, null, null, null);
    }
}
