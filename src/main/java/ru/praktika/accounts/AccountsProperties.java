package ru.praktika.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins failed passwords in a row before the account rests
 * @param lockDuration    how long it rests
 * @param bootstrapAdmin  the first administrator of a production start (no demo users there)
 */
@ConfigurationProperties("praktika.accounts")
public record AccountsProperties(int maxFailedLogins, Duration lockDuration, BootstrapAdmin bootstrapAdmin) {

    public AccountsProperties {
        if (maxFailedLogins <= 0) {
            maxFailedLogins = 5;
        }
        if (lockDuration == null) {
            lockDuration = Duration.ofMinutes(15);
        }
        if (bootstrapAdmin == null) {
            bootstrapAdmin = new BootstrapAdmin(null, null);
        }
    }

    public record BootstrapAdmin(String username, String password) {
    }
}
