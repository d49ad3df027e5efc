package ru.praktika.national;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ru.praktika.national.NationalCatalogue.Card;
import ru.praktika.national.NationalWorld.Assignment;
import ru.praktika.national.Revisions.Person;
import tools.jackson.databind.json.JsonMapper;

/**
 * Other regions' practices implemented in the region (cl. 5): the study and decision, the application, the
 * implementation through its statuses with the log of moves, result indicators, and a roadmap of activities
 * for each (cl. 5.3) — drafted, approved by the head with an order and version 1, then done, late or
 * cancelled as the dates say. Overdue activities count as already announced, so the first run of the
 * reminder job does not send tens of thousands of notices about the generated past.
 */
final class NationalAdoption {

    /** What the report generator needs: the moves (status, day) and activity days done. */
    record Generated(long id, long bodyId, Card card, Map<String, LocalDate> moves, List<LocalDate> done, int activities,
                     String planned, String achieved, Person responsible, String phone) {
    }

    private static final String IMPL = "practice_id, body_id, status_code, applied_on, application_ref, owner_contact, "
            + "planned_result, achieved_result, responsible_full_name, responsible_position, responsible_phone, "
            + "responsible_email, implemented_on";
    private static final String STUDY = "practice_id, body_id, notes, applicability, expected_effect, resources, decision, "
            + "decision_reason, shortlisted, studied_on, studied_by";
    private static final String ACTIVITY = "roadmap_id, number, title, start_date, due_date, responsible_body_id, "
            + "responsible_person, co_executors, municipality_id, expected_result, indicator, target_value, weight, "
            + "status_code, actual_date, actual_result, comment, miss_explanation, sort_order";
    private static final byte[] ORDER_PDF = "%PDF-1.4\n% Приказ об утверждении дорожной карты\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private final NationalWorld w;
    private final JsonMapper json;
    private final Copy studies = new Copy("practice_study", "id, " + STUDY + ", version");
    private final Copy studiesAud = new Copy("practice_study_aud", "id, rev, revtype, " + STUDY);
    private final Copy impls = new Copy("implementation", "id, " + IMPL + ", version");
    private final Copy implsAud = new Copy("implementation_aud", "id, rev, revtype, " + IMPL);
    private final Copy changes = new Copy("implementation_status_change", "implementation_id, from_code, to_code, changed_at, changed_by, reason");
    private final Copy results = new Copy("result_indicator", "id, implementation_id, name, unit, planned_value, planned_date, achieved_value, achieved_date, version");
    private final Copy resultsAud = new Copy("result_indicator_aud", "id, rev, revtype, implementation_id, name, unit, planned_value, planned_date, achieved_value, achieved_date");
    private final Copy roadmaps = new Copy("roadmap", "id, implementation_id, start_date, approved_at, approved_by, order_number, order_date, order_file_name, order_file, current_version, version");
    private final Copy roadmapsAud = new Copy("roadmap_aud", "id, rev, revtype, implementation_id, start_date, approved_at, approved_by, order_number, order_date, order_file_name, current_version");
    private final Copy versions = new Copy("roadmap_version", "roadmap_id, number, created_at, created_by, note, activities");
    private final Copy activities = new Copy("roadmap_activity", "id, " + ACTIVITY + ", overdue_notified, version");
    private final Copy activitiesAud = new Copy("roadmap_activity_aud", "id, rev, revtype, " + ACTIVITY);
    private final List<Generated> generated = new ArrayList<>();
    private long activityId;

    NationalAdoption(NationalWorld world, JsonMapper json) {
        this.w = world;
        this.json = json;
    }

    /** {@code count} implementations with {@code perRoadmap} activities each, plus studies that went no further. */
    List<Generated> generate(Card[] cards, int count, int perRoadmap, int extraStudies) {
        int n = 0;
        for (; n < Math.min(count, cards.length); n++) {
            Assignment a = w.pick(w.assignments);
            implementation(n + 1, cards[n], a.body().id(), perRoadmap);
        }
        for (int k = 0; k < extraStudies && n < cards.length; k++, n++) {
            long body = w.pick(w.assignments).body().id();
            LocalDate day = w.today.minusDays(w.between(10, 4 * 365));
            String decision = w.chance(0.3) ? null : w.chance(0.5) ? "NOT_NOW" : "REJECT";
            study(n + 1, cards[n].id(), body, day, decision);
        }
        return generated;
    }

    private void study(long id, long practice, long body, LocalDate day, String decision) {
        Object[] v = {practice, body, "Изучены материалы практики и опыт региона-автора", "Применима в муниципальных округах области",
                w.texts.result(), "Штат органа и подведомственных учреждений", decision,
                "REJECT".equals(decision) ? "Нет источника финансирования" : null, decision == null && w.chance(0.5), day,
                w.officer(body).fullName()};
        studies.row(NationalPractices.concat(new Object[] {id}, v, new Object[] {0}));
        studiesAud.row(NationalPractices.concat(new Object[] {id, w.revisions.add(w.at(day), w.officer(body), Revisions.STUDY), 0}, v));
    }

    private void implementation(long id, Card card, long body, int perRoadmap) {
        Person officer = w.officer(body);
        Person head = w.head(body);
        LocalDate start = w.today.minusDays(w.between(60, 5 * 365 - 60));
        double r = w.random.nextDouble();
        String target = r < 0.14 ? "ROADMAP_DRAFT" : r < 0.28 ? "ROADMAP_APPROVED" : r < 0.68 ? "IN_PROGRESS"
                : r < 0.86 ? "IMPLEMENTED" : r < 0.93 ? "SUSPENDED" : "CANCELLED";
        Map<String, LocalDate> moves = new LinkedHashMap<>();
        LocalDate day = start;
        moves.put("STUDY", day);
        moves.put("APPLIED", day = w.daysAfter(day, 7, 45));
        moves.put("ROADMAP_DRAFT", day = w.daysAfter(day, 7, 30));
        if (!target.equals("ROADMAP_DRAFT") && !(target.equals("CANCELLED") && w.chance(0.3))) {
            moves.put("ROADMAP_APPROVED", day = w.daysAfter(day, 7, 40));
            if (!target.equals("ROADMAP_APPROVED")) {
                moves.put("IN_PROGRESS", day = w.daysAfter(day, 1, 20));
            }
        }
        if (target.equals("IMPLEMENTED") || target.equals("SUSPENDED") || target.equals("CANCELLED")) {
            moves.put(target, w.daysAfter(day, 120, 500));
        }
        String status = (String) moves.keySet().toArray()[moves.size() - 1];
        LocalDate applied = moves.get("APPLIED");
        LocalDate implemented = moves.get("IMPLEMENTED");
        String planned = "Практика применяется во всех муниципальных округах; " + w.texts.goal();
        String achieved = moves.containsKey("IN_PROGRESS") ? w.texts.result() : null;
        String person = w.texts.person();
        String phone = w.texts.phone();
        Object[] v = {card.id(), body, status, applied, "Заявка на Смартеке № ЗВ-" + (10000 + id) + " от "
                + applied.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                w.texts.person() + ", команда практики, " + w.texts.phone(), planned, achieved, person,
                w.texts.position(), phone, "impl" + id + "@praktika.example", implemented};
        impls.row(NationalPractices.concat(new Object[] {id}, v, new Object[] {(long) moves.size()}));
        study(id, card.id(), body, start, "IMPLEMENT");
        String from = null;
        int i = 0;
        for (Map.Entry<String, LocalDate> m : moves.entrySet()) {
            Instant at = w.moment(m.getValue(), i++);
            boolean byHead = m.getKey().equals("ROADMAP_APPROVED");
            String reason = m.getKey().equals("SUSPENDED") ? "Приостановлено: перераспределение бюджетных средств"
                    : m.getKey().equals("CANCELLED") ? "Отменено: практика не дала ожидаемого эффекта в пилотных МО" : null;
            changes.row(id, from, m.getKey(), at, (byHead ? head : officer).fullName(), reason);
            Object[] state = v.clone();
            state[2] = m.getKey();
            Revisions.Rev rev = w.revisions.add(at, byHead ? head : officer, Revisions.IMPLEMENTATION);
            implsAud.row(NationalPractices.concat(new Object[] {id, rev, from == null ? 0 : 1}, state));
            from = m.getKey();
        }
        Object[] indicator = {id, "Доля муниципальных образований, применяющих практику", "%", 100, start.plusYears(2),
                achieved == null ? null : w.between(10, 100), achieved == null ? null : w.daysAfter(start, 200, 700)};
        results.row(NationalPractices.concat(new Object[] {id}, indicator, new Object[] {0}));
        resultsAud.row(NationalPractices.concat(new Object[] {id, w.revisions.add(w.at(start), officer, Revisions.RESULT), 0}, indicator));
        List<LocalDate> done = roadmap(id, body, moves, status, perRoadmap);
        generated.add(new Generated(id, body, card, moves, done, perRoadmap, planned, achieved,
                new Person(null, person, body), phone));
    }

    /** The roadmap of the implementation (its id is the implementation's): activities and, once approved, version 1. */
    private List<LocalDate> roadmap(long id, long body, Map<String, LocalDate> moves, String status, int count) {
        Person officer = w.officer(body);
        LocalDate drafted = moves.get("ROADMAP_DRAFT");
        LocalDate approved = moves.get("ROADMAP_APPROVED");
        LocalDate end = moves.getOrDefault("IMPLEMENTED", moves.getOrDefault("CANCELLED", moves.get("SUSPENDED")));
        Instant approvedAt = approved == null ? null : w.moment(approved, 4);
        String orderNumber = approved == null ? null : w.between(10, 400) + "-од";
        Object[] v = {id, drafted, approvedAt, approved == null ? null : w.head(body).fullName(), orderNumber, approved,
                approved == null ? null : "prikaz-" + id + ".pdf"};
        int currentVersion = approved == null ? 0 : 1;
        roadmaps.row(NationalPractices.concat(new Object[] {id}, v, new Object[] {approved == null ? null : ORDER_PDF, currentVersion, approved == null ? 0 : 1}));
        Revisions.Rev created = w.revisions.add(w.moment(drafted, 3), officer, Revisions.ROADMAP, Revisions.ACTIVITY);
        roadmapsAud.row(NationalPractices.concat(new Object[] {id, created, 0}, new Object[] {id, drafted, null, null, null, null, null, 0}));
        if (approved != null) {
            roadmapsAud.row(NationalPractices.concat(new Object[] {id, w.revisions.add(approvedAt, w.head(body), Revisions.ROADMAP), 1}, v,
                    new Object[] {1}));
        }
        List<LocalDate> done = new ArrayList<>();
        List<Map<String, Object>> snapshot = new ArrayList<>();
        LocalDate from = drafted.plusDays(14);
        for (int k = 1; k <= count; k++) {
            long aid = ++activityId;
            LocalDate startDate = from.plusDays((long) (k - 1) * 25);
            LocalDate due = startDate.plusDays(w.between(20, 60));
            String state;
            LocalDate actual = null;
            if ("CANCELLED".equals(status) && end != null && due.isAfter(end)) {
                state = "CANCELLED";
            } else if ("IMPLEMENTED".equals(status) || (approved != null && due.isBefore(w.today) && w.chance(0.85)
                    && !"SUSPENDED".equals(status))) {
                state = "DONE";
                actual = due.minusDays(w.between(-10, 15));
                actual = actual.isAfter(w.today) ? w.today : actual;
            } else {
                state = approved != null && !startDate.isAfter(w.today) ? "IN_WORK" : "PLANNED";
            }
            boolean overdue = !"DONE".equals(state) && !"CANCELLED".equals(state) && due.isBefore(w.today);
            Long municipality = w.municipalities.isEmpty() || w.chance(0.6) ? null : w.pick(w.municipalities);
            String title = w.texts.activity(k - 1);
            String expected = "Результат мероприятия " + k + " достигнут в срок";
            String actualResult = actual == null ? null : "Выполнено: " + title.toLowerCase();
            String miss = overdue && w.chance(0.5) ? "Срок сорван из-за задержки финансирования" : null;
            int weight = w.between(1, 10);
            Object[] a = {id, String.valueOf(k), title, startDate, due, body, officer.fullName(), null, municipality, expected,
                    "Доля выполненных работ", "100 %", weight, state, actual, actualResult, null, miss, k};
            activities.row(NationalPractices.concat(new Object[] {aid}, a, new Object[] {overdue, actual == null ? 0 : 1}));
            Object[] planned = a.clone();
            planned[13] = "PLANNED";
            planned[14] = null;
            planned[15] = null;
            planned[17] = null;
            activitiesAud.row(NationalPractices.concat(new Object[] {aid, created, 0}, planned));
            if (actual != null) {
                done.add(actual);
                Person by = municipality != null && w.chance(0.3) ? officer : officer;
                activitiesAud.row(NationalPractices.concat(new Object[] {aid, w.revisions.add(w.moment(actual, 5), by, Revisions.ACTIVITY), 1}, a));
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("number", String.valueOf(k));
            s.put("title", title);
            s.put("startDate", startDate);
            s.put("dueDate", due);
            s.put("responsibleBody", null);
            s.put("responsiblePerson", officer.fullName());
            s.put("expectedResult", expected);
            s.put("indicator", "Доля выполненных работ");
            s.put("targetValue", "100 %");
            s.put("weight", weight);
            s.put("status", "запланировано");
            snapshot.add(s);
        }
        if (approved != null) {
            versions.row(id, 1, approvedAt, w.head(body).fullName(), "Утверждена приказом № " + orderNumber, json.writeValueAsString(snapshot));
        }
        return done;
    }

    int send(DataSource ds) {
        return studies.send(ds) + studiesAud.send(ds) + impls.send(ds) + implsAud.send(ds) + changes.send(ds)
                + results.send(ds) + resultsAud.send(ds) + roadmaps.send(ds) + roadmapsAud.send(ds) + versions.send(ds)
                + activities.send(ds) + activitiesAud.send(ds);
    }
}
