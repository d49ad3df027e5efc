package ru.praktika.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import ru.praktika.national.NationalWorld.Assignment;
import ru.praktika.national.Revisions.Person;

/**
 * The region's own practices (cl. 3.1, cl. 4) spread over every placement status, each with the history of
 * moves the workflow allows (черновик → проверка критериев → готова к подаче → подана → [на доработке →
 * проверка → готова → подана] → опубликована | отклонена | отозвана), the evidence of a criterion of cl. 4.1
 * before "готова к подаче", the Smarteka link and replicating regions after publication, and one audit
 * revision per move, as the card and placement pages would have written them. (Over 250 lines: the
 * placement path, its evidence and replication belong together.)
 */
final class NationalPractices {

    /** What the report generator needs of a practice: its moves in order and what Smarteka said. */
    record Generated(long id, long bodyId, long categoryId, String title, List<Move> moves, String criterion,
                     List<LocalDate> replicatedSince) {
    }

    record Move(String to, LocalDate on, String number, String url) {
        Move withNumber(String n) {
            return new Move(to, on, n, url);
        }
    }

    private static final String COLUMNS = "title, category_id, body_id, municipality_id, leader_name, leader_position, "
            + "leader_phone, leader_email, summary, problem, algorithm, results, resources_staff, resources_money, "
            + "resources_materials, period_start, period_end, legal_acts, partners, tags, status, submitted_on, "
            + "smarteka_number, published_on, smarteka_url, created_at, updated_at";
    private static final String STEP_COLUMNS = "practice_id, from_status, to_status, effective_on, at, by_username, "
            + "by_name, comment, smarteka_number, smarteka_url";

    private final NationalWorld w;
    private final Copy practices = new Copy("practice", "id, " + COLUMNS + ", version");
    private final Copy practicesAud = new Copy("practice_aud", "id, rev, revtype, " + COLUMNS);
    private final Copy indicators = new Copy("practice_indicator", "practice_id, position, name, unit, base_value, achieved_value, measured_on");
    private final Copy indicatorsAud = new Copy("practice_indicator_aud", "rev, revtype, practice_id, position, name, unit, base_value, achieved_value, measured_on");
    private final Copy steps = new Copy("placement_step", "id, " + STEP_COLUMNS);
    private final Copy stepsAud = new Copy("placement_step_aud", "id, rev, revtype, " + STEP_COLUMNS);
    private final Copy evidence = new Copy("criterion_evidence", "id, practice_id, criterion_code, edition_year, list_level, "
            + "idea_title, decision_number, decision_date, recommending_body, document, link, created_at, created_by");
    private final Copy evidenceAud = new Copy("criterion_evidence_aud", "id, rev, revtype, practice_id, criterion_code, "
            + "edition_year, list_level, idea_title, decision_number, decision_date, recommending_body, document, link, created_at, created_by");
    private final Copy replications = new Copy("practice_replication", "id, practice_id, region_code, since, link, recorded_by");
    private final Copy replicationsAud = new Copy("practice_replication_aud", "id, rev, revtype, practice_id, region_code, since, link, recorded_by");
    private final Copy snapshots = new Copy("smarteka_snapshot", "id, practice_id, taken_on, regions_count, likes, views, recorded_by");
    private final Copy snapshotsAud = new Copy("smarteka_snapshot_aud", "id, rev, revtype, practice_id, taken_on, regions_count, likes, views, recorded_by");
    private final List<Generated> generated = new ArrayList<>();
    private long stepId;
    private long evidenceId;
    private long replicationId;
    private long snapshotId;

    NationalPractices(NationalWorld world) {
        this.w = world;
    }

    List<Generated> generate(int count) {
        for (int n = 1; n <= count; n++) {
            practice(n);
        }
        return generated;
    }

    private void practice(long id) {
        Assignment a = w.pick(w.assignments);
        long body = a.body().id();
        Person officer = w.officer(body);
        String code = a.category().code();
        String title = w.texts.title(code, (int) id);
        LocalDate created = w.today.minusDays(w.between(20, 5 * 365));
        String leader = w.texts.person();
        LocalDate periodStart = created.minusMonths(w.between(6, 36)).withDayOfMonth(1);
        Long municipality = w.municipalities.isEmpty() || w.chance(0.4) ? null : w.pick(w.municipalities);
        Object[] card = {title, a.category().id(), body, municipality, leader, "руководитель проекта, " + w.texts.position(),
                w.texts.phone(), "project" + id + "@praktika.example", w.texts.summary(code), "Проблема: жителям трудно "
                + w.texts.goal().replace("повысить", "получить"), w.texts.algorithm(code), w.texts.result(),
                "Рабочая группа из " + w.between(3, 12) + " человек", w.between(0, 40) + " млн руб. из областного бюджета",
                "Помещения и оборудование подведомственных учреждений", periodStart, w.chance(0.3) ? periodStart.plusYears(3) : null,
                "Распоряжение органа от " + periodStart.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " № " + w.between(10, 900) + "-р",
                "Муниципальные образования, некоммерческие организации", w.texts.topic(code)};
        List<Move> moves = path(created, id);
        Move last = moves.get(moves.size() - 1);
        LocalDate submitted = null;
        String number = null;
        LocalDate published = null;
        String url = null;
        for (Move m : moves) {
            if (m.to().equals("SUBMITTED")) {
                submitted = m.on();
                number = m.number();
            } else if (m.to().equals("PUBLISHED")) {
                published = m.on();
                url = m.url();
            }
        }
        Object[] tail = {last.to(), submitted, number, published, url, w.moment(created, 0), w.moment(last.on(), moves.size() - 1)};
        practices.row(concat(new Object[] {id}, card, tail, new Object[] {(long) moves.size() - 1}));

        // the card is created in one revision (card + its first step), each move in one more
        Revisions.Rev rev = w.revisions.add(w.moment(created, 0), officer, Revisions.PRACTICE, Revisions.STEP);
        practicesAud.row(concat(new Object[] {id, rev, 0}, card, new Object[] {"DRAFT", null, null, null, null, w.moment(created, 0), w.moment(created, 0)}));
        indicators.row(id, 0, "Число получателей услуги", "чел.", w.between(100, 900), w.between(1000, 9000), last.on());
        indicatorsAud.row(rev, 0, id, 0, "Число получателей услуги", "чел.", w.between(100, 900), w.between(1000, 9000), last.on());
        String from = null;
        String criterion = null;
        LocalDate sub = null;
        String num = null;
        LocalDate pub = null;
        String link = null;
        for (int i = 0; i < moves.size(); i++) {
            Move m = moves.get(i);
            java.time.Instant moment = w.moment(m.on(), i);
            Person who = m.to().equals("READY") || m.to().equals("CRITERIA_CHECK") || m.to().equals("DRAFT") || m.to().equals("SUBMITTED")
                    || m.to().equals("WITHDRAWN") ? officer : w.coordinator;
            String comment = switch (m.to()) {
                case "RETURNED" -> "Смартека: уточнить показатели результативности и приложить нормативный акт";
                case "REJECTED" -> "Смартека: практика не отвечает требованиям тиражируемости";
                case "WITHDRAWN" -> "Отозвана органом: практика объединена с другой";
                default -> null;
            };
            if (i > 0) {
                rev = w.revisions.add(moment, who, Revisions.PRACTICE, Revisions.STEP);
                if (m.to().equals("SUBMITTED")) {
                    sub = m.on();
                    num = m.number();
                } else if (m.to().equals("PUBLISHED")) {
                    pub = m.on();
                    link = m.url();
                }
                practicesAud.row(concat(new Object[] {id, rev, 1}, card, new Object[] {m.to(), sub, num, pub, link, w.moment(created, 0), moment}));
            }
            long step = ++stepId;
            Object[] row = {id, from, m.to(), m.on(), moment, who.username(), who.fullName(), comment, m.number(), m.url()};
            steps.row(concat(new Object[] {step}, row));
            stepsAud.row(concat(new Object[] {step, rev, 0}, row));
            if (m.to().equals("CRITERIA_CHECK") && criterion == null) {
                criterion = evidence(id, m.on(), officer);
            }
            from = m.to();
        }
        List<LocalDate> since = new ArrayList<>();
        if (published != null) {
            since = replicate(id, published);
        }
        generated.add(new Generated(id, body, a.category().id(), title, moves, criterion, since));
    }

    /** The moves to a status drawn by a plausible spread: a third published, the rest on the way or closed. */
    private List<Move> path(LocalDate created, long id) {
        double r = w.random.nextDouble();
        String target = r < 0.14 ? "DRAFT" : r < 0.22 ? "CRITERIA_CHECK" : r < 0.30 ? "READY" : r < 0.42 ? "SUBMITTED"
                : r < 0.50 ? "RETURNED" : r < 0.85 ? "PUBLISHED" : r < 0.93 ? "REJECTED" : "WITHDRAWN";
        List<Move> moves = new ArrayList<>();
        LocalDate day = created;
        moves.add(new Move("DRAFT", day, null, null));
        if (target.equals("DRAFT")) {
            return moves;
        }
        if (target.equals("WITHDRAWN") && w.chance(0.3)) {
            moves.add(new Move("WITHDRAWN", day = w.daysAfter(day, 5, 60), null, null));
            return moves;
        }
        String number = "СМ-" + (2021 + (int) (id % 6)) + "-" + String.format("%05d", id);
        boolean returned = target.equals("RETURNED") || (target.equals("PUBLISHED") && w.chance(0.25));
        for (int round = 0; round < (returned && !target.equals("RETURNED") ? 2 : 1); round++) {
            moves.add(new Move("CRITERIA_CHECK", day = w.daysAfter(day, 3, 40), null, null));
            if (target.equals("CRITERIA_CHECK")) {
                return moves;
            }
            moves.add(new Move("READY", day = w.daysAfter(day, 3, 30), null, null));
            if (target.equals("READY")) {
                return moves;
            }
            moves.add(new Move("SUBMITTED", day = w.daysAfter(day, 1, 20), null, null).withNumber(number));
            if (target.equals("SUBMITTED")) {
                return moves;
            }
            if (returned && round == 0) {
                moves.add(new Move("RETURNED", day = w.daysAfter(day, 10, 60), null, null));
                if (target.equals("RETURNED")) {
                    return moves;
                }
            }
        }
        moves.add(switch (target) {
            case "PUBLISHED" -> new Move("PUBLISHED", w.daysAfter(day, 14, 90), null, "https://smarteka.com/practices/amur-" + id);
            case "REJECTED" -> new Move("REJECTED", w.daysAfter(day, 14, 90), null, null);
            default -> new Move("WITHDRAWN", w.daysAfter(day, 5, 40), null, null);
        });
        return moves;
    }

    /** Evidence of one practice-level criterion of cl. 4.1 (б, в or г); returns the letter the report shows. */
    private String evidence(long practice, LocalDate on, Person officer) {
        long id = ++evidenceId;
        int kind = w.random.nextInt(3);
        Object[] row = switch (kind) {
            case 0 -> new Object[] {practice, "STRONG_IDEAS", on.getYear() - 1, w.chance(0.2) ? "TOP_100" : "TOP_1000",
                    "Идея: " + w.texts.topic("governance"), null, null, null, null, "https://ideas.asi.ru/idea/" + (1000 + practice)};
            case 1 -> new Object[] {practice, "ASI_LEADERSHIP", null, null, null, "АСИ-" + w.between(100, 999),
                    on.minusDays(w.between(10, 200)), null, "Решение наблюдательного совета АСИ", null};
            default -> new Object[] {practice, "RECOMMENDATION", null, null, null, w.between(1, 99) + "-р",
                    on.minusDays(w.between(10, 300)), "Комиссия Государственного Совета Российской Федерации",
                    "Протокол заседания комиссии", "https://gossovet.ru/docs/" + practice};
        };
        Object[] who = {w.at(on), officer.fullName()};
        evidence.row(concat(new Object[] {id}, row, who));
        Revisions.Rev rev = w.revisions.add(w.at(on), officer, Revisions.EVIDENCE);
        evidenceAud.row(concat(new Object[] {id, rev, 0}, row, who));
        return switch (kind) {
            case 0 -> "б";
            case 1 -> "в";
            default -> "г";
        };
    }

    /** Regions that took a published practice up, and what Smarteka showed about it on a few dates. */
    private List<LocalDate> replicate(long practice, LocalDate published) {
        int regions = w.chance(0.5) ? 0 : w.between(1, 6);
        Set<String> codes = new HashSet<>();
        List<LocalDate> since = new ArrayList<>();
        while (codes.size() < regions) {
            NationalWorld.Subject s = w.pick(w.subjects);
            if (s.code().equals("28") || !codes.add(s.code())) {
                continue;
            }
            LocalDate day = w.daysAfter(published, 30, 700);
            long id = ++replicationId;
            Object[] row = {practice, s.code(), day, "https://smarteka.com/practices/amur-" + practice + "/replication/" + s.code(),
                    w.coordinator.fullName()};
            replications.row(concat(new Object[] {id}, row));
            Revisions.Rev rev = w.revisions.add(w.at(day), w.coordinator, Revisions.REPLICATION);
            replicationsAud.row(concat(new Object[] {id, rev, 0}, row));
            since.add(day);
        }
        for (int k = 0; k < w.between(1, 3); k++) {
            LocalDate day = w.daysAfter(published, 30 * (k + 1), 120 * (k + 1));
            long id = ++snapshotId;
            Object[] row = {practice, day, (int) since.stream().filter(d -> !d.isAfter(day)).count(), w.between(0, 300),
                    w.between(100, 20000), w.coordinator.fullName()};
            snapshots.row(concat(new Object[] {id}, row));
            Revisions.Rev rev = w.revisions.add(w.at(day), w.coordinator, Revisions.SNAPSHOT);
            snapshotsAud.row(concat(new Object[] {id, rev, 0}, row));
        }
        return since;
    }

    int send(DataSource ds) {
        int rows = practices.send(ds) + practicesAud.send(ds) + indicators.send(ds) + indicatorsAud.send(ds)
                + steps.send(ds) + stepsAud.send(ds) + evidence.send(ds) + evidenceAud.send(ds)
                + replications.send(ds) + replicationsAud.send(ds) + snapshots.send(ds) + snapshotsAud.send(ds);
        return rows;
    }

    static Object[] concat(Object[]... parts) {
        int n = 0;
        for (Object[] p : parts) {
            n += p.length;
        }
        Object[] all = new Object[n];
        int i = 0;
        for (Object[] p : parts) {
            System.arraycopy(p, 0, all, i, p.length);
            i += p.length;
        }
        return all;
    }
}
