package ru.praktika.notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run. ShedLock lets only one instance run it at a time; the dispatch records make a later
 * or concurrent run send nothing twice.
 */
@Component
class ReminderJobs {

    private final DeadlineReminders deadlines;
    private final ActivityReminders activities;

    ReminderJobs(DeadlineReminders deadlines, ActivityReminders activities) {
        this.deadlines = deadlines;
        this.activities = activities;
    }

    @Scheduled(cron = "${praktika.notifications.cron:0 0 9 * * *}", zone = "${praktika.time-zone:Asia/Yakutsk}")
    @SchedulerLock(name = "praktika-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5S")
    public void run() {
        deadlines.sendDue();
        activities.sendDue();
    }
}
