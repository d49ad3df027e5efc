package ru.praktika.adoption.roadmap;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily, shortly after midnight in the region: one instance of a cluster announces newly overdue activities. */
@Component
class OverdueSchedule {

    private final OverdueActivities overdue;

    OverdueSchedule(OverdueActivities overdue) {
        this.overdue = overdue;
    }

    @Scheduled(cron = "${praktika.adoption.overdue-cron:0 10 0 * * *}", zone = "${praktika.time-zone:Asia/Yakutsk}")
    @SchedulerLock(name = "adoption.overdueActivities", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void daily() {
        overdue.announce();
    }
}
