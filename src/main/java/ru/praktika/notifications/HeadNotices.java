package ru.praktika.notifications;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.praktika.adoption.RoadmapAwaitingApproval;
import ru.praktika.directory.Directory;
import ru.praktika.practices.PlacementReady;
import ru.praktika.reporting.ReportSentForSignOff;

/**
 * Tells the head of a body, in the application and by e-mail, when something arrives for them: a report to
 * sign, a roadmap to approve, a card ready for submission when the region's rule wants the head to see it.
 * The same things stand in the head's "Ожидает меня" list.
 */
@Component
class HeadNotices {

    private final Recipients recipients;
    private final Notifier notifier;
    private final Texts texts;
    private final Directory directory;

    HeadNotices(Recipients recipients, Notifier notifier, Texts texts, Directory directory) {
        this.recipients = recipients;
        this.notifier = notifier;
        this.texts = texts;
        this.directory = directory;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ReportSentForSignOff e) {
        notifier.deliver(recipients.headsOf(e.bodyId()), List.of(), new Notifier.Notice("REPORT_TO_SIGN",
                texts.get("notifications.head.report.title", e.periodLabel()),
                texts.get("notifications.head.report.text", e.periodLabel()),
                "/reporting/bodies/" + e.bodyId() + "/" + e.periodCode()));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(RoadmapAwaitingApproval e) {
        notifier.deliver(recipients.headsOf(e.bodyId()), List.of(), new Notifier.Notice("ROADMAP_TO_APPROVE",
                texts.get("notifications.head.roadmap.title", e.practiceTitle()),
                texts.get("notifications.head.roadmap.text", e.practiceTitle()),
                "/adoption/roadmaps/" + e.roadmapId()));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PlacementReady e) {
        if (!directory.region().isPlacementNeedsHead()) {
            return;
        }
        notifier.deliver(recipients.headsOf(e.bodyId()), List.of(), new Notifier.Notice("PLACEMENT_READY",
                texts.get("notifications.head.placement.title", e.title()),
                texts.get("notifications.head.placement.text", e.title()),
                "/practices/" + e.practiceId()));
    }
}
