package ru.praktika.national;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.praktika.adoption.ImplementationsForReport.ImplementationLine;
import ru.praktika.national.NationalWorld.Body;
import ru.praktika.national.Revisions.Person;
import ru.praktika.practices.OwnPracticesForReport.PlacementLine;
import ru.praktika.reporting.ReportContent;
import ru.praktika.reporting.ReportingPeriod;
import ru.praktika.reporting.ReportingSchedule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quarterly reports (cl. 7) of every body for the last {@code years} years: created, sent for sign-off,
 * signed by the head (a frozen version with what the report said on the period's end), accepted or returned
 * and sent again. Older periods are closed (accepted, a few after a return, a few late); the last ones
 * are still moving, as on a real board. The frozen rows are built from the generated practices and
 * implementations as they stood on the period's end, in the format {@code reporting} reads them back.
 */
final class NationalReports {

    private static final Set<String> REPORTED = Set.of("READY", "SUBMITTED", "RETURNED", "PUBLISHED", "REJECTED");
    private static final String REPORT = "body_id, period_code, period_start, period_end, deadline, status, "
            + "nothing_to_report, comment, signed_by, signed_at, first_submitted_at, late, returned_reason, decided_by, decided_at";
    private static final String VERSION = "report_id, number, submitted_at, submitted_by, late, snapshot";

    private final NationalWorld w;
    private final JsonMapper json;
    private final Map<String, String> placementNames = new HashMap<>();
    private final Map<String, String> implementationNames = new HashMap<>();
    private final Map<Long, String> fullNames = new HashMap<>();
    private final Copy reports = new Copy("body_report", "id, " + REPORT + ", version");
    private final Copy reportsAud = new Copy("body_report_aud", "id, rev, revtype, " + REPORT);
    private final Copy versions = new Copy("report_version", "id, " + VERSION);
    private final Copy versionsAud = new Copy("report_version_aud", "id, rev, revtype, " + VERSION);
    private long reportId;
    private long versionId;
    private int count;

    NationalReports(NationalWorld world, JsonMapper json, JdbcTemplate jdbc) {
        this.w = world;
        this.json = json;
        jdbc.query("select code, name from placement_status", rs -> { placementNames.put(rs.getString(1), rs.getString(2)); });
        jdbc.query("select code, name from implementation_status", rs -> { implementationNames.put(rs.getString(1), rs.getString(2)); });
        jdbc.query("select id, full_name from responsible_body", rs -> { fullNames.put(rs.getLong(1), rs.getString(2)); });
    }

    int generate(ReportingSchedule schedule, int years, List<NationalPractices.Generated> practices,
                 List<NationalAdoption.Generated> implementations) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int y = w.today.getYear() - years; y <= w.today.getYear(); y++) {
            schedule.periodsOf(y).stream().filter(p -> p.end().isBefore(w.today)).forEach(periods::add);
        }
        int perYear = schedule.periodsOf(w.today.getYear()).size();
        periods = periods.subList(Math.max(0, periods.size() - years * perYear), periods.size());
        for (int i = 0; i < periods.size(); i++) {
            int fromEnd = periods.size() - 1 - i;
            for (Body body : w.bodies) {
                report(body, periods.get(i), fromEnd, practices, implementations);
            }
        }
        return count;
    }

    private void report(Body body, ReportingPeriod period, int fromEnd, List<NationalPractices.Generated> practices,
                        List<NationalAdoption.Generated> implementations) {
        double r = w.random.nextDouble();
        // 0 = no report yet, 1 = draft, 2 = awaiting sign-off, 3 = submitted, 4 = returned, 5 = accepted
        int stage = fromEnd == 0 ? (r < 0.08 ? 0 : r < 0.18 ? 1 : r < 0.28 ? 2 : r < 0.62 ? 3 : r < 0.68 ? 4 : 5)
                : fromEnd == 1 ? (r < 0.2 ? 3 : r < 0.28 ? 4 : 5) : 5;
        if (stage == 0) {
            return;
        }
        long id = ++reportId;
        count++;
        Person officer = w.officer(body.id());
        Person head = w.head(body.id());
        LocalDate created = period.end().plusDays(w.between(1, 5));
        boolean late = w.chance(0.07);
        LocalDate signedDay = late ? period.deadline().plusDays(w.between(1, 12)) : period.deadline().minusDays(w.between(0, 9));
        signedDay = signedDay.isAfter(w.today) ? w.today : signedDay.isBefore(created) ? created : signedDay;
        late = signedDay.isAfter(period.deadline());
        boolean returnedOnce = stage == 4 || (stage == 5 && w.chance(0.12));
        ReportContent content = content(body, period, practices, implementations);
        boolean nothing = content.isEmpty();
        String comment = nothing ? "Нечего сообщить за период" : null;
        Object[] v = {body.id(), period.code(), period.start(), period.end(), period.deadline(), "DRAFT", nothing, comment,
                null, null, null, null, null, null, null};
        reportsAud.row(NationalPractices.concat(new Object[] {id, w.revisions.add(w.moment(created, 0), officer, Revisions.REPORT), 0}, v));
        long moves = 0;
        if (stage >= 2) {
            v[5] = "AWAITING_SIGNOFF";
            moves++;
            reportsAud.row(NationalPractices.concat(new Object[] {id, w.revisions.add(w.moment(signedDay, 1), officer, Revisions.REPORT), 1}, v.clone()));
        }
        if (stage >= 3) {
            Instant signedAt = w.moment(signedDay, 3);
            sign(v, id, 1, signedAt, head, late, content, comment, nothing);
            moves++;
            if (returnedOnce) {
                LocalDate back = w.daysAfter(signedDay, 1, 7);
                v[5] = "RETURNED";
                v[12] = "Раздел 2: не указаны достигнутые значения показателей";
                v[13] = w.coordinator.fullName();
                v[14] = w.moment(back, 5);
                reportsAud.row(NationalPractices.concat(new Object[] {id, w.revisions.add(w.moment(back, 5), w.coordinator, Revisions.REPORT), 1}, v.clone()));
                moves++;
                if (stage == 5) {
                    LocalDate again = w.daysAfter(back, 1, 6);
                    v[5] = "AWAITING_SIGNOFF";
                    reportsAud.row(NationalPractices.concat(new Object[] {id, w.revisions.add(w.moment(again, 6), officer, Revisions.REPORT), 1}, v.clone()));
                    sign(v, id, 2, w.moment(again, 7), head, again.isAfter(period.deadline()), content, comment, nothing);
                    signedDay = again;
                    moves += 2;
                }
            }
            if (stage == 5) {
                LocalDate accepted = w.daysAfter(signedDay, 1, 10);
                v[5] = "ACCEPTED";
                v[13] = w.coordinator.fullName();
                v[14] = w.moment(accepted, 9);
                reportsAud.row(NationalPractices.concat(new Object[] {id, w.revisions.add(w.moment(accepted, 9), w.coordinator, Revisions.REPORT), 1}, v.clone()));
                moves++;
            }
        }
        reports.row(NationalPractices.concat(new Object[] {id}, v, new Object[] {moves}));
    }

    /** The head signs: the report is submitted and frozen as version {@code number}. */
    private void sign(Object[] v, long report, int number, Instant at, Person head, boolean lateNow, ReportContent content,
                      String comment, boolean nothing) {
        v[5] = "SUBMITTED";
        v[8] = head.fullName();
        v[9] = at;
        if (v[10] == null) {
            v[10] = at;
            v[11] = lateNow;
        }
        v[12] = null;
        v[13] = null;
        v[14] = null;
        String snapshot = json.writeValueAsString(new ReportContent.Snapshot(content, comment, Map.of(), nothing, head.fullName()));
        long id = ++versionId;
        Object[] row = {report, number, at, head.fullName(), lateNow, snapshot};
        versions.row(NationalPractices.concat(new Object[] {id}, row));
        Revisions.Rev rev = w.revisions.add(at, head, Revisions.REPORT, Revisions.REPORT_VERSION);
        versionsAud.row(NationalPractices.concat(new Object[] {id, rev, 0}, row));
        reportsAud.row(NationalPractices.concat(new Object[] {report, rev, 1}, v.clone()));
    }

    /** Sections 1 and 2 as they stood on the period's end. */
    private ReportContent content(Body body, ReportingPeriod period, List<NationalPractices.Generated> practices,
                                  List<NationalAdoption.Generated> implementations) {
        LocalDate asOf = period.end();
        Map<Long, List<PlacementLine>> byCategory = new LinkedHashMap<>();
        w.assignments.stream().filter(a -> a.body().id() == body.id())
                .sorted(Comparator.comparingLong(a -> a.category().id()))
                .forEach(a -> byCategory.put(a.category().id(), new ArrayList<>()));
        for (NationalPractices.Generated p : practices) {
            if (p.bodyId() != body.id()) {
                continue;
            }
            NationalPractices.Move status = null;
            NationalPractices.Move submitted = null;
            NationalPractices.Move published = null;
            for (NationalPractices.Move m : p.moves()) {
                if (!m.on().isAfter(asOf)) {
                    status = m;
                    submitted = m.to().equals("SUBMITTED") ? m : submitted;
                    published = m.to().equals("PUBLISHED") ? m : published;
                }
            }
            if (status == null || !REPORTED.contains(status.to())) {
                continue;
            }
            int replicating = (int) p.replicatedSince().stream().filter(d -> !d.isAfter(asOf)).count();
            byCategory.computeIfAbsent(p.categoryId(), k -> new ArrayList<>()).add(new PlacementLine(p.id(), p.title(),
                    p.categoryId(), w.categories.get(p.categoryId()).name(), status.to(), placementNames.get(status.to()),
                    submitted == null ? null : submitted.on(), submitted == null ? null : submitted.number(),
                    published == null ? null : published.on(), published == null ? null : published.url(),
                    p.criterion() == null ? "" : p.criterion(), replicating));
        }
        List<ReportContent.CategorySection> sections = new ArrayList<>();
        byCategory.forEach((category, rows) -> {
            rows.sort(Comparator.comparing(PlacementLine::title));
            sections.add(new ReportContent.CategorySection(category, w.categories.get(category).name(), List.copyOf(rows)));
        });
        List<ImplementationLine> lines = new ArrayList<>();
        for (NationalAdoption.Generated i : implementations) {
            if (i.bodyId() != body.id()) {
                continue;
            }
            String status = null;
            for (Map.Entry<String, LocalDate> m : i.moves().entrySet()) {
                if (!m.getValue().isAfter(asOf)) {
                    status = m.getKey();
                }
            }
            if (status == null) {
                continue;
            }
            int done = (int) i.done().stream().filter(d -> !d.isAfter(asOf)).count();
            lines.add(new ImplementationLine(i.id(), i.card().title(), i.card().subject().name(), i.card().url(),
                    i.card().category().id(), i.card().category().name(), status, implementationNames.get(status),
                    i.planned(), i.achieved(), i.responsible().fullName(), "главный специалист", i.phone(),
                    "impl" + i.id() + "@praktika.example", i.activities() == 0 ? 0 : done * 100 / i.activities()));
        }
        lines.sort(Comparator.comparing(ImplementationLine::implementationId).reversed());
        return new ReportContent(body.id(), fullNames.get(body.id()), period.code(), period.label(), asOf, sections, lines);
    }

    int send(DataSource ds) {
        return reports.send(ds) + reportsAud.send(ds) + versions.send(ds) + versionsAud.send(ds);
    }
}
