package ru.praktika.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.ResponsibleBody;
import ru.praktika.reporting.BodyReports;
import ru.praktika.reporting.CoordinatorBoard;
import ru.praktika.reporting.ProductionCalendar;
import ru.praktika.reporting.ReportingPeriod;
import ru.praktika.reporting.ReportingSchedule;

/**
 * Report deadline reminders: before the deadline (configured working days, default 10, 3 and 1), on the
 * day, and once after it (to the body, with a copy to the coordinator). Nothing for a submitted report.
 * A day that skipped a threshold (downtime, a holiday) sends the nearest one, never several at once.
 */
@Component
class DeadlineReminders {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** Overdue reminders stop being sent for periods whose deadline is older than this. */
    static final int OVERDUE_WINDOW_DAYS = 60;

    private final ReportingSchedule schedule;
    private final ProductionCalendar calendar;
    private final CoordinatorBoard board;
    private final BodyReports reports;
    private final Recipients recipients;
    private final Notifier notifier;
    private final NotificationsProperties properties;
    private final Texts texts;
    private final Clock clock;

    DeadlineReminders(ReportingSchedule schedule, ProductionCalendar calendar, CoordinatorBoard board,
                      BodyReports reports, Recipients recipients, Notifier notifier, NotificationsProperties properties,
                      Texts texts, Clock clock) {
        this.schedule = schedule;
        this.calendar = calendar;
        this.board = board;
        this.reports = reports;
        this.recipients = recipients;
        this.notifier = notifier;
        this.properties = properties;
        this.texts = texts;
        this.clock = clock;
    }

    /** @return how many reminders went out. */
    @Transactional
    public int sendDue() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (ReportingPeriod period : schedule.recentEnded(today, 2)) {
            String kind = kindFor(period.deadline(), today);
            if (kind == null) {
                continue;
            }
            for (ResponsibleBody body : board.reportingBodies(period)) {
                if (reports.isSubmitted(body.getId(), period.code())) {
                    continue;
                }
                String key = "REPORT:" + kind + ":" + period.code() + ":" + body.getId();
                boolean overdue = kind.equals("OVERDUE");
                Notifier.Notice notice = new Notifier.Notice("REPORT_" + (overdue ? "OVERDUE" : "DEADLINE"),
                        texts.get("notifications.report." + (overdue ? "overdue" : kind.equals("ON_DAY") ? "onDay" : "before")
                                + ".title", period.label(), body.getShortName()),
                        text(kind, period, today, body),
                        "/reporting/bodies/" + body.getId() + "/" + period.code());
                if (notifier.deliverOnce(key, recipients.ofBody(body.getId()),
                        overdue ? recipients.coordinators() : List.of(), notice)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    String kindFor(LocalDate deadline, LocalDate today) {
        if (today.equals(deadline)) {
            return "ON_DAY";
        }
        if (today.isAfter(deadline)) {
            return today.isAfter(deadline.plusDays(OVERDUE_WINDOW_DAYS)) ? null : "OVERDUE";
        }
        if (!calendar.isWorkingDay(today)) {
            return null;
        }
        int left = calendar.workingDaysBetween(today, deadline);
        Integer threshold = null;
        for (int n : properties.daysBefore()) {
            if (n >= left) {
                threshold = n;
            }
        }
        return threshold == null ? null : "BEFORE_" + threshold;
    }

    private String text(String kind, ReportingPeriod period, LocalDate today, ResponsibleBody body) {
        String deadline = DATE.format(period.deadline());
        return switch (kind) {
            case "ON_DAY" -> texts.get("notifications.report.onDay.text", period.label(), deadline);
            case "OVERDUE" -> texts.get("notifications.report.overdue.text", period.label(), deadline, body.getFullName(),
                    texts.plural(java.time.temporal.ChronoUnit.DAYS.between(period.deadline(), today), "notifications.days"));
            default -> texts.get("notifications.report.before.text", period.label(), deadline,
                    texts.plural(calendar.workingDaysBetween(today, period.deadline()), "notifications.workingDays"));
        };
    }
}
