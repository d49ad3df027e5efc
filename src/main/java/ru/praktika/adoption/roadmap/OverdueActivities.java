package ru.praktika.adoption.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.adoption.ActivityOverdue;
import ru.praktika.adoption.implementation.Implementation;
import ru.praktika.adoption.implementation.ImplementationRepository;

/**
 * Once a day, announces each activity that has become overdue: {@link ActivityOverdue} once per activity
 * (a flag on the activity, reset if its due date moves). Run daily by {@link OverdueSchedule}.
 */
@Component
class OverdueActivities {

    private final RoadmapActivityRepository activities;
    private final ImplementationRepository implementations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OverdueActivities(RoadmapActivityRepository activities, ImplementationRepository implementations,
                      ApplicationEventPublisher events, Clock clock) {
        this.activities = activities;
        this.implementations = implementations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void announce() {
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
    }
}
