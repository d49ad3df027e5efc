package ru.praktika.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code praktika.notifications.outbox.*}: how the mail outbox is sent.
 *
 * @param lease           how long a sender owns a claimed mail; longer than one send can take with the SMTP
 *                        timeouts, shorter than anyone would wait for a mail of a killed sender
 * @param firstRetry      the wait after the first failure, doubled after each further one (up to {@code maxRetry})
 * @param maxRetry        the longest wait between attempts
 * @param maxAttempts     after this many failures the mail is given up (kept with its last error)
 * @param wakeAfterCommit send right after the commit on a background thread, not only on the periodic run
 */
@ConfigurationProperties("praktika.notifications.outbox")
record OutboxProperties(Duration lease, Duration firstRetry, Duration maxRetry, Integer maxAttempts,
                        Boolean wakeAfterCommit) {

    OutboxProperties {
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofHours(6) : maxRetry;
        maxAttempts = maxAttempts == null ? 10 : maxAttempts;
        wakeAfterCommit = wakeAfterCommit == null || wakeAfterCommit;
    }

    /** The wait before attempt {@code attempts + 1}: 1, 2, 4, 8 … minutes, at most {@code maxRetry}. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
