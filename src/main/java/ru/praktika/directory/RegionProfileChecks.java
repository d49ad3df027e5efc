package ru.praktika.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules a profile must meet beyond its shape: what is required, what must be unique, what must refer to what. */
final class RegionProfileChecks {

    private final RegionProfile p;
    private final YamlLines lines;
    private final List<RegionProfileException.Problem> problems = new ArrayList<>();

    RegionProfileChecks(RegionProfile profile, YamlLines lines) {
        this.p = profile;
        this.lines = lines;
    }

    List<RegionProfileException.Problem> problems() {
        region();
        act("legalAct", p.legalAct(), true);
        List<RegionProfile.Act> repealed = p.repealedActs();
        for (int i = 0; i < repealed.size(); i++) {
            act("repealedActs[" + i + "]", repealed.get(i), false);
        }
        Set<String> bodyCodes = bodies();
        coordinator(bodyCodes);
        if (p.coordinatorHead() != null) {
            required("coordinatorHead.position", p.coordinatorHead().position(),
                    "должность подписывающего сводный отчёт, например «Министр экономического развития»");
        }
        categories(bodyCodes);
        criteria();
        reporting();
        municipalities();
        demo(bodyCodes);
        return problems;
    }

    private void region() {
        if (p.region() == null) {
            missing("region", "Добавьте раздел region с ключами code, name, nameGenitive.");
            return;
        }
        required("region.code", p.region().code(), "латинский код региона, например amur");
        required("region.name", p.region().name(), "наименование, например «Амурская область»");
        required("region.nameGenitive", p.region().nameGenitive(), "наименование в родительном падеже, например «Амурской области»");
    }

    private void act(String path, RegionProfile.Act act, boolean inForce) {
        if (act == null) {
            missing(path, "Добавьте раздел " + path + " с ключами kind, number, date, title — реквизиты акта о работе на «Смартеке».");
            return;
        }
        required(path + ".kind", act.kind(), "вид акта, например «Постановление Правительства Амурской области»");
        required(path + ".number", act.number(), "номер акта в кавычках, например \"494\"");
        if (act.date() == null) {
            missing(path + ".date", "Укажите дату акта как ГГГГ-ММ-ДД.");
        }
        if (inForce) {
            required(path + ".title", act.title(), "заголовок акта");
        }
    }

    private Set<String> bodies() {
        Set<String> codes = new HashSet<>();
        List<RegionProfile.Body> bodies = p.bodies();
        if (bodies.isEmpty()) {
            missing("bodies", "Перечислите ответственные органы (приложение № 1 акта): code, fullName, shortName.");
        }
        for (int i = 0; i < bodies.size(); i++) {
            RegionProfile.Body b = bodies.get(i);
            String path = "bodies[" + i + "]";
            uniqueCode(path, b.code(), codes, "латинский код органа", "органа", "каждому органу");
            required(path + ".fullName", b.fullName(), "полное официальное наименование");
            required(path + ".shortName", b.shortName(), "краткое наименование");
        }
        return codes;
    }

    private void coordinator(Set<String> bodyCodes) {
        if (required("coordinator", p.coordinator(), "код координирующего органа из списка bodies")
                && !bodyCodes.contains(p.coordinator())) {
            add("coordinator", "координатор «" + p.coordinator() + "» не найден среди органов (bodies)",
                    "Укажите код одного из органов списка bodies.");
        }
    }

    private void categories(Set<String> bodyCodes) {
        List<RegionProfile.CategoryEntry> categories = p.categories();
        if (categories.isEmpty()) {
            missing("categories", "Перечислите категории практик в порядке приложения № 1 и органы каждой.");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            RegionProfile.CategoryEntry c = categories.get(i);
            String path = "categories[" + i + "]";
            uniqueCode(path, c.code(), codes, "латинский код категории", "категории", "каждой категории");
            required(path + ".name", c.name(), "наименование категории");
            List<String> bodies = c.bodies();
            if (bodies.isEmpty()) {
                missing(path + ".bodies", "Укажите хотя бы один ответственный орган категории (коды из bodies).");
            }
            for (int j = 0; j < bodies.size(); j++) {
                if (!bodyCodes.contains(bodies.get(j))) {
                    add(path + ".bodies[" + j + "]", "орган «" + bodies.get(j) + "» не объявлен в bodies",
                            "Исправьте код или добавьте орган в список bodies.");
                }
            }
        }
    }

    private void criteria() {
        List<RegionProfile.Criterion> criteria = p.criteria();
        if (criteria.isEmpty()) {
            missing("criteria", "Перечислите критерии размещения практик (code, letter, scope, wording).");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            RegionProfile.Criterion c = criteria.get(i);
            String path = "criteria[" + i + "]";
            uniqueCode(path, c.code(), codes, "код критерия", "критерия", "каждому критерию");
            required(path + ".letter", c.letter(), "буква подпункта акта, например «а»");
            required(path + ".wording", c.wording(), "формулировка критерия из акта");
            if (c.scope() == null) {
                missing(path + ".scope", "Укажите REGION (подтверждается один раз для региона) или PRACTICE (для каждой практики).");
            }
        }
    }

    private void reporting() {
        RegionProfile.Reporting r = p.reporting();
        if (r == null) {
            missing("reporting", "Добавьте раздел reporting: period, dueDay, monthsAfter, shift.");
            return;
        }
        if (r.period() == null) {
            missing("reporting.period", "Укажите QUARTER, HALF_YEAR или YEAR.");
        }
        if (r.dueDay() < 1 || r.dueDay() > 28) {
            add("reporting.dueDay", "число месяца для срока отчёта должно быть от 1 до 28, указано " + r.dueDay(),
                    "Укажите число от 1 до 28 (оно есть в каждом месяце), например 15.");
        }
        if (r.monthsAfter() < 1 || r.monthsAfter() > 12) {
            add("reporting.monthsAfter", "срок должен отстоять от конца периода на 1–12 месяцев, указано " + r.monthsAfter(),
                    "Укажите, в каком по счёту месяце после периода наступает срок, например 1.");
        }
    }

    private void municipalities() {
        List<RegionProfile.MunicipalityEntry> municipalities = p.municipalities();
        for (int i = 0; i < municipalities.size(); i++) {
            RegionProfile.MunicipalityEntry m = municipalities.get(i);
            String path = "municipalities[" + i + "]";
            required(path + ".name", m.name(), "наименование муниципального образования");
            if (m.type() == null) {
                missing(path + ".type", "Укажите вид муниципального образования, например CITY_OKRUG.");
            }
            if (m.validFrom() != null && m.validTo() != null && m.validTo().isBefore(m.validFrom())) {
                add(path + ".validTo", "дата окончания " + m.validTo() + " раньше даты начала " + m.validFrom(),
                        "Проверьте даты образования и преобразования муниципального образования.");
            }
        }
    }

    private void demo(Set<String> bodyCodes) {
        RegionProfile.Demo demo = p.demo();
        if (demo == null) {
            return;
        }
        for (int i = 0; i < demo.bodies().size(); i++) {
            String body = demo.bodies().get(i);
            String category = i < demo.categories().size() ? demo.categories().get(i) : null;
            if (!bodyCodes.contains(body)) {
                add("demo.bodies[" + i + "]", "орган «" + body + "» не объявлен в bodies", "Укажите код органа из списка bodies.");
            } else if (category != null && p.categories().stream().noneMatch(
                    c -> c.code().equals(category) && c.bodies().contains(body))) {
                add("demo.categories[" + i + "]", "категория «" + category + "» не закреплена за органом «" + body + "»",
                        "Укажите код категории, в списке bodies которой есть этот орган.");
            }
        }
        if (demo.municipality() != null && p.municipalities().stream().noneMatch(m -> demo.municipality().equals(m.name()))) {
            add("demo.municipality", "муниципальное образование «" + demo.municipality() + "» не объявлено в municipalities",
                    "Укажите наименование из списка municipalities.");
        }
    }

    /** {@code path.code} is filled and not taken by an earlier entry of the same list. */
    private void uniqueCode(String path, String code, Set<String> seen, String what, String ofWhat, String toEach) {
        if (required(path + ".code", code, what) && !seen.add(code)) {
            add(path + ".code", "код " + ofWhat + " «" + code + "» встречается дважды", "Дайте " + toEach + " свой код.");
        }
    }

    private boolean required(String path, String value, String what) {
        if (value == null || value.isBlank()) {
            missing(path, "Укажите " + what + ".");
            return false;
        }
        return true;
    }

    private void missing(String path, String fix) {
        add(path, "обязательный ключ не заполнен", fix);
    }

    private void add(String path, String what, String fix) {
        problems.add(new RegionProfileException.Problem(path, lines.lineOf(path), what, fix));
    }
}
