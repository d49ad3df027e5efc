package ru.praktika.notifications;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.praktika.reporting.ReminderRequested;
import ru.praktika.reporting.ReportAccepted;
import ru.praktika.reporting.ReportReturned;
import ru.praktika.reporting.ReportSubmitted;

/** Turns the reporting module's facts into notices; reporting knows nothing of this module. */
@Component
class ReportingEventListener {

    private final Recipients recipients;
    private final Notifier notifier;
    private final Texts texts;
    private final java.time.Clock clock;

    ReportingEventListener(Recipients recipients, Notifier notifier, Texts texts, java.time.Clock clock) {
        this.clock = clock;
        this.recipients = recipients;
        this.notifier = notifier;
        this.texts = texts;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ReminderRequested e) {
        notifier.deliverOnce("MANUAL:" + e.periodCode() + ":" + e.bodyId() + ":" + e.requestedAt().toEpochMilli(),
                recipients.ofBody(e.bodyId()), List.of(), new Notifier.Notice("REPORT_REMINDER",
                        texts.get("notifications.report.manual.title", e.periodLabel()),
                        // after the deadline "представить до <past date>" would read as if there were still time
                        texts.get(e.deadline().isBefore(e.requestedAt().atZone(clock.getZone()).toLocalDate())
                                        ? "notifications.report.manual.overdueText" : "notifications.report.manual.text",
                                e.periodLabel(), DeadlineReminders.DATE.format(e.deadline()), e.requestedBy()),
                        link(e.bodyId(), e.periodCode())));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ReportSubmitted e) {
        notifier.deliverOnce("SUBMITTED:" + e.reportId() + ":" + e.version(), recipients.coordinators(), List.of(),
                new Notifier.Notice("REPORT_SUBMITTED",
                        texts.get("notifications.report.submitted.title", recipients.bodyName(e.bodyId()), e.periodLabel()),
                        texts.get(e.late() ? "notifications.report.submitted.late" : "notifications.report.submitted.onTime",
                                recipients.bodyName(e.bodyId()), e.periodLabel()),
                        link(e.bodyId(), e.periodCode())));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ReportReturned e) {
        notifier.deliver(recipients.ofBody(e.bodyId()), List.of(), new Notifier.Notice("REPORT_RETURNED",
                texts.get("notifications.report.returned.title", e.periodLabel()),
                texts.get("notifications.report.returned.text", e.periodLabel(), e.reason()),
                link(e.bodyId(), e.periodCode())));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ReportAccepted e) {
        notifier.deliver(recipients.ofBody(e.bodyId()), List.of(), new Notifier.Notice("REPORT_ACCEPTED",
                texts.get("notifications.report.accepted.title", e.periodLabel()),
                texts.get("notifications.report.accepted.text", e.periodLabel()),
                link(e.bodyId(), e.periodCode())));
    }

    private static String link(Long bodyId, String period) {
        return "/reporting/bodies/" + bodyId + "/" + period;
    }
}
