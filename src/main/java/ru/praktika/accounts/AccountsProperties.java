package ru.praktika.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins  login attempts one client may make for one login before that client is blocked
 *                         for that login (success starts the count afresh)
 * @param lockDuration     how long the block lasts (counted from the client's last attempt)
 * @param loginDelayAfter  attempts before the progressive delay starts (1 s, 2 s, 4 s … up to a minute)
 * @param sessionLifetime  absolute lifetime of a session whatever the activity (the idle timeout is
 *                         {@code server.servlet.session.timeout})
 * @param bootstrapAdmin   the first administrator of a production start (no demo users there)
 */
@ConfigurationProperties("praktika.accounts")
public record AccountsProperties(int maxFailedLogins, Duration lockDuration, int loginDelayAfter,
                                 Duration sessionLifetime, BootstrapAdmin bootstrapAdmin) {

    public AccountsProperties {
        if (maxFailedLogins <= 0) {
            maxFailedLogins = 10;
        }
        if (lockDuration == null) {
            lockDuration = Duration.ofMinutes(15);
        }
        if (loginDelayAfter <= 0) {
            loginDelayAfter = 3;
        }
        if (sessionLifetime == null) {
            sessionLifetime = Duration.ofHours(12);
        }
        if (bootstrapAdmin == null) {
            bootstrapAdmin = new BootstrapAdmin(null, null);
        }
    }

    public record BootstrapAdmin(String username, String password) {
    }
}
