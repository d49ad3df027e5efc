package ru.praktika.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides whether the owner of an account hears of a refused sign-in ({@link SignInRefused}): only for an
 * existing account with an e-mail address, and at most once per window and kind, so someone hammering the
 * login floods nobody's mailbox. The window of a block is its duration ({@code lock-duration}: a guesser who
 * keeps trying stays blocked and the owner hears once); of a switched-off account, a day. One upsert decides,
 * so parallel attempts and several instances send one notice.
 */
@Component
class SignInNotices {

    static final Duration DISABLED_WINDOW = Duration.ofDays(1);

    private final AppUserRepository users;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final AccountsProperties properties;
    private final Clock clock;

    SignInNotices(AppUserRepository users, JdbcTemplate jdbc, ApplicationEventPublisher events,
                  AccountsProperties properties, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void refused(String typedLogin, SignInRefused.Reason reason, String clientAddress) {
        if (typedLogin == null || typedLogin.isBlank()) {
            return;
        }
        users.findByUsernameIgnoreCase(LoginThrottle.normalise(typedLogin))
                .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
                .ifPresent(u -> {
                    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    Duration window = reason == SignInRefused.Reason.BLOCKED ? properties.lockDuration() : DISABLED_WINDOW;
                    int claimed = jdbc.update("""
                            insert into sign_in_notice as n (user_id, reason, sent_at) values (?, ?, ?)
                            on conflict (user_id, reason) do update set sent_at = excluded.sent_at
                            where n.sent_at <= ?
                            """, u.getId(), reason.name(), now.atOffset(ZoneOffset.UTC),
                            now.minus(window).atOffset(ZoneOffset.UTC));
                    if (claimed == 1) {
                        events.publishEvent(new SignInRefused(u.getId(), u.getUsername(), u.getFullName(), u.getEmail(),
                                reason, clientAddress, now));
                    }
                });
    }
}
