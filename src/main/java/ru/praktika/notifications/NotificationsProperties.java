package ru.praktika.notifications;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code praktika.notifications.*}: working days before a report deadline to remind (default 10, 3, 1),
 * days before a roadmap activity is due, the sender address, and whether to send e-mail at all.
 */
@ConfigurationProperties("praktika.notifications")
record NotificationsProperties(List<Integer> daysBefore, Integer activityDaysBefore, String mailFrom, Boolean mailEnabled,
                               String cron) {

    NotificationsProperties {
        daysBefore = daysBefore == null || daysBefore.isEmpty() ? List.of(10, 3, 1)
                : daysBefore.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        activityDaysBefore = activityDaysBefore == null ? 5 : activityDaysBefore;
        mailFrom = mailFrom == null ? "praktika@localhost" : mailFrom;
        mailEnabled = mailEnabled == null || mailEnabled;
    }
}
