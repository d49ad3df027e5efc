package ru.praktika.adoption;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, announces each activity that has become overdue: {@link ActivityOverdue} once per activity
 * (a flag on the activity, reset if its due date moves). ShedLock keeps it to one instance of a cluster.
 */
@Component
class OverdueActivities {

    private final RoadmapActivityRepository activities;
    private final ImplementationRepository implementations;
    private final CataloguePracticeRepository practices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OverdueActivities(RoadmapActivityRepository activities, ImplementationRepository implementations,
                      CataloguePracticeRepository practices, ApplicationEventPublisher events, Clock clock) {
        this.activities = activities;
        this.implementations = implementations;
        this.practices = practices;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${praktika.adoption.overdue-cron:0 10 0 * * *}", zone = "${praktika.time-zone:Asia/Yakutsk}")
    @SchedulerLock(name = "adoption.overdueActivities", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    @Transactional
    public int announce() {
        LocalDate today = LocalDate.now(clock);
        List<RoadmapActivity> overdue = activities.findNewlyOverdue(today);
        for (RoadmapActivity a : overdue) {
            Implementation i = implementations.findById(a.getRoadmap().getImplementationId()).orElseThrow();
            if (!i.isActive()) {
                continue;
            }
            a.markOverdueNotified();
            events.publishEvent(new ActivityOverdue(a.getId(), i.getId(), i.getBodyId(), a.getTitle(), a.getDueDate(), null));
        }
        return overdue.size();
    }
}
