package ru.praktika.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting module's figures for the dashboard: a fixed number of statements whatever the row counts
 * (the bodies owing a report in a year, their reports of that year's periods, changes since a moment).
 */
@Service
@Transactional(readOnly = true)
public class ReportingFigures {

    private final JdbcClient jdbc;
    private final ReportingSchedule schedule;
    private final Clock clock;

    ReportingFigures(JdbcClient jdbc, ReportingSchedule schedule, Clock clock) {
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Bodies named in App. 1 at some day of {@code year} × the year's periods; {@code bodyId} null = every body. */
    public HeatMap heatMap(int year, Long bodyId) {
        List<ReportingPeriod> periods = schedule.periodsOf(year);
        LocalDate today = LocalDate.now(clock);
        List<Body> bodies = jdbc.sql("""
                        select distinct b.id, b.short_name from responsible_body b
                        join category_assignment a on a.body_id = b.id
                        where a.valid_from <= :yearEnd and (a.valid_to is null or a.valid_to >= :yearStart)
                          and (cast(:body as bigint) is null or b.id = :body)
                        order by b.short_name""")
                .param("yearStart", LocalDate.of(year, 1, 1)).param("yearEnd", LocalDate.of(year, 12, 31))
                .param("body", bodyId)
                .query((rs, n) -> new Body(rs.getLong(1), rs.getString(2))).list();
        Map<String, Stored> stored = new HashMap<>();
        jdbc.sql("""
                        select body_id, period_code, status, late, first_submitted_at is not null from body_report
                        where period_code in (:codes) and (cast(:body as bigint) is null or body_id = :body)""")
                .param("codes", periods.stream().map(ReportingPeriod::code).toList()).param("body", bodyId)
                .query(rs -> {
                    stored.put(rs.getLong(1) + "/" + rs.getString(2),
                            new Stored(rs.getString(3), (Boolean) rs.getObject(4), rs.getBoolean(5)));
                });
        List<Cell> cells = new ArrayList<>();
        for (Body body : bodies) {
            for (ReportingPeriod period : periods) {
                cells.add(new Cell(body.id(), period.code(),
                        classify(stored.get(body.id() + "/" + period.code()), period, today)));
            }
        }
        return new HeatMap(bodies, periods, cells);
    }

    /**
     * The period whose report is due next on {@code today} (the earliest deadline not yet passed: the period just
     * ended while its report is still due, otherwise the current one) and the days left to that deadline.
     */
    public Countdown countdown() {
        LocalDate today = LocalDate.now(clock);
        ReportingSchedule.Rule rule = schedule.rule(); // read the region's rule once, not per year
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int y = today.getYear() - 1; y <= today.getYear() + 1; y++) {
            periods.addAll(schedule.periodsOf(y, rule));
        }
        ReportingPeriod next = periods.stream().filter(p -> !p.deadline().isBefore(today)).findFirst().orElseThrow();
        return new Countdown(next, ChronoUnit.DAYS.between(today, next.deadline()));
    }

    /** Reports of the body accepted or returned after {@code since}: status name → count. */
    public Map<String, Long> decisionsSince(Long bodyId, Instant since) {
        Map<String, Long> result = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.name, count(*) from body_report r join report_status s on s.code = r.status
                        where r.body_id = :body and r.decided_at > :since group by s.name, s.sort_order order by s.sort_order""")
                .param("body", bodyId).param("since", Timestamp.from(since))
                .query(rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                });
        return result;
    }

    /**
     * A heat map cell from the board's own rule ({@link BoardStatus}), so the two never disagree: a draft or a
     * report on sign-off after a return counts as returned (in rework), not as never submitted.
     */
    static Outcome classify(Stored report, ReportingPeriod period, LocalDate today) {
        String code = report == null ? BoardStatus.of(null, null, false, period.deadline(), today)
                : BoardStatus.of(report.status(), report.late(), report.everSubmitted(), period.deadline(), today);
        return switch (code) {
            case ReportStatus.SUBMITTED_ON_TIME -> Outcome.ON_TIME;
            case ReportStatus.SUBMITTED_LATE -> Outcome.LATE;
            case ReportStatus.ACCEPTED -> Boolean.TRUE.equals(report.late()) ? Outcome.LATE : Outcome.ON_TIME;
            case ReportStatus.RETURNED -> Outcome.RETURNED;
            case ReportStatus.OVERDUE -> Outcome.NOT_SUBMITTED;
            case ReportStatus.DRAFT, ReportStatus.AWAITING_SIGNOFF ->
                    report != null && report.everSubmitted() ? Outcome.RETURNED : Outcome.NOT_DUE;
            default -> Outcome.NOT_DUE;
        };
    }

    /** What a heat map cell says; the order is the legend's. */
    public enum Outcome { ON_TIME, LATE, RETURNED, NOT_SUBMITTED, NOT_DUE }

    public record Body(long id, String shortName) {
    }

    public record Cell(long bodyId, String periodCode, Outcome outcome) {
    }

    public record HeatMap(List<Body> bodies, List<ReportingPeriod> periods, List<Cell> cells) {
    }

    public record Countdown(ReportingPeriod period, long daysLeft) {
    }

    record Stored(String status, Boolean late, boolean everSubmitted) {

        /** A report as stored before {@code first_submitted_at} is known: submitted ones reached the coordinator. */
        Stored(String status, Boolean late) {
            this(status, late, ReportStatus.SUBMITTED.equals(status) || ReportStatus.ACCEPTED.equals(status)
                    || ReportStatus.RETURNED.equals(status));
        }
    }
}
