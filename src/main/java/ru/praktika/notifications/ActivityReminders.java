package ru.praktika.notifications;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.praktika.adoption.ActivityOverdue;
import ru.praktika.adoption.ImplementationsForReport;
import ru.praktika.adoption.ImplementationsForReport.OverdueActivityLine;

/**
 * Roadmap activities: "due in N days" and "overdue", each once, to the person responsible. The adoption
 * module's {@link ActivityOverdue} event and the daily run share one dispatch key, so whichever comes first
 * sends it.
 */
@Component
class ActivityReminders {

    private final ImplementationsForReport implementations;
    private final Recipients recipients;
    private final Notifier notifier;
    private final NotificationsProperties properties;
    private final Texts texts;
    private final Clock clock;

    ActivityReminders(ImplementationsForReport implementations, Recipients recipients, Notifier notifier,
                      NotificationsProperties properties, Texts texts, Clock clock) {
        this.implementations = implementations;
        this.recipients = recipients;
        this.notifier = notifier;
        this.properties = properties;
        this.texts = texts;
        this.clock = clock;
    }

    @Transactional
    public int sendDue() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (OverdueActivityLine a : implementations.overdueActivities(null, today)) {
            if (overdue(a.activityId(), a.activityTitle(), a.practiceTitle(), a.dueDate(),
                    a.responsibleUserId(), a.bodyId())) {
                sent++;
            }
        }
        // Not done by today + N + 1 but not yet overdue today: due within N days.
        for (OverdueActivityLine a : implementations.overdueActivities(null, today.plusDays(properties.activityDaysBefore() + 1))) {
            if (a.dueDate() == null || a.dueDate().isBefore(today)) {
                continue;
            }
            Notifier.Notice notice = new Notifier.Notice("ACTIVITY_DUE",
                    texts.get("notifications.activity.due.title", a.activityTitle()),
                    texts.get("notifications.activity.due.text", a.activityTitle(), nz(a.practiceTitle()),
                            DeadlineReminders.DATE.format(a.dueDate())),
                    "/adoption");
            if (notifier.deliverOnce("ACTIVITY_DUE:" + a.activityId() + ":" + a.dueDate(), recipients.responsibleFor(a.responsibleUserId(), a.bodyId()),
                    java.util.List.of(), notice)) {
                sent++;
            }
        }
        return sent;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ActivityOverdue event) {
        overdue(event.activityId(), event.activityTitle(), null, event.dueDate(), event.responsibleUserId(),
                event.bodyId());
    }

    private boolean overdue(Long activityId, String title, String practice, LocalDate due, Long responsible,
                            Long bodyId) {
        Notifier.Notice notice = new Notifier.Notice("ACTIVITY_OVERDUE",
                texts.get("notifications.activity.overdue.title", title),
                texts.get("notifications.activity.overdue.text", title, nz(practice),
                        due == null ? "—" : DeadlineReminders.DATE.format(due)),
                "/adoption");
        return notifier.deliverOnce("ACTIVITY_OVERDUE:" + activityId, recipients.responsibleFor(responsible, bodyId), java.util.List.of(), notice);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
