package ru.praktika.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.Directory;
import ru.praktika.directory.ResponsibleBody;

/** The coordinator's board (cl. 2, 7): every reporting body × its report's status for a period. */
@Service
@Transactional(readOnly = true)
public class CoordinatorBoard {

    private final Directory directory;
    private final ReportingSchedule schedule;
    private final BodyReportRepository reports;
    private final ReportStatuses statuses;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CoordinatorBoard(Directory directory, ReportingSchedule schedule, BodyReportRepository reports,
                     ReportStatuses statuses, ApplicationEventPublisher events, Clock clock) {
        this.directory = directory;
        this.schedule = schedule;
        this.reports = reports;
        this.statuses = statuses;
        this.events = events;
        this.clock = clock;
    }

    public List<Row> rows(String periodCode) {
        ReportingPeriod period = schedule.period(periodCode);
        LocalDate today = LocalDate.now(clock);
        Map<Long, BodyReport> byBody = reports.findByPeriodCode(periodCode).stream()
                .collect(Collectors.toMap(BodyReport::getBodyId, Function.identity()));
        return reportingBodies(period).stream().map(body -> {
            BodyReport report = byBody.get(body.getId());
            String code = BoardStatus.of(report, period.deadline(), today);
            Long daysLeft = BoardStatus.awaitsSubmission(report) ? ChronoUnit.DAYS.between(today, period.deadline()) : null;
            return new Row(body, statuses.get(code), report, daysLeft);
        }).toList();
    }

    /** Bodies named in App. 1 on the period's last day: they owe a report. */
    public List<ResponsibleBody> reportingBodies(ReportingPeriod period) {
        return directory.appendixOne(period.end()).stream().flatMap(cb -> cb.bodies().stream()).distinct()
                .sorted(java.util.Comparator.comparing(ResponsibleBody::getFullName)).toList();
    }

    /**
     * {@link #reportingBodies(ReportingPeriod)} of several periods from one read of the assignment history (a
     * year's consolidated report asks for four periods), by period code.
     */
    public Map<String, List<ResponsibleBody>> reportingBodies(List<ReportingPeriod> periods) {
        var history = directory.assignmentHistory();
        Map<String, List<ResponsibleBody>> byPeriod = new java.util.LinkedHashMap<>();
        for (ReportingPeriod p : periods) {
            byPeriod.put(p.code(), history.stream().filter(a -> a.holdsOn(p.end())).map(a -> a.getBody()).distinct()
                    .sorted(java.util.Comparator.comparing(ResponsibleBody::getFullName)).toList());
        }
        return byPeriod;
    }

    /** One click: ask the notifications module to remind the body (reporting sends nothing itself). */
    @Transactional
    public void remind(Long bodyId, String periodCode, String requestedBy) {
        ReportingPeriod period = schedule.period(periodCode);
        directory.body(bodyId);
        events.publishEvent(new ReminderRequested(bodyId, period.code(), period.label(), period.deadline(), requestedBy,
                clock.instant()));
    }

    public record Row(ResponsibleBody body, ReportStatus status, BodyReport report, Long daysLeft) {

        public boolean overdue() {
            return daysLeft != null && daysLeft < 0;
        }

        public long daysOverdue() {
            return daysLeft == null ? 0 : -daysLeft;
        }
    }
}
