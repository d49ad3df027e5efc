package ru.praktika.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Password guessing is throttled per client address <em>and</em> typed login together, so a stranger
 * elsewhere cannot lock the owner out. Every attempt is counted before the password is checked, in one
 * upsert (parallel guesses each get their own number); from the {@code loginDelayAfter}-th on the next
 * attempt must wait 1 s, 2 s, 4 s … (a minute at most); beyond {@code maxFailedLogins} the client is
 * blocked for that login until it has been quiet for {@code lockDuration}. A successful login clears the
 * pair. Kept in the database, so the limit holds across instances. The login need not exist: unknown
 * and existing logins are throttled alike and say nothing about each other.
 */
@Component
class LoginThrottle {

    /** What to do with an attempt; {@code JUST_BLOCKED} is the first blocked attempt of the pair's window. */
    enum Verdict { CHECK_PASSWORD, WAIT, BLOCKED, JUST_BLOCKED }

    private static final Duration MAX_DELAY = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final AccountsProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, AccountsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts the attempt and says whether its password may be checked. */
    Verdict attempt(String clientAddress, String typedLogin) {
        // PostgreSQL rounds to microseconds: an instant rounded up would make the first attempt wait.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String address = key(clientAddress, 64);
        String login = normalise(typedLogin);
        OffsetDateTime at = utc(now);
        // Quiet for the lock duration (and no delay pending): the count starts afresh.
        OffsetDateTime staleBefore = utc(now.minus(properties.lockDuration()));
        Attempt a = jdbc.queryForObject("""
                insert into login_throttle as t
                       (client_address, username, attempts, last_attempt_at, allowed_from, previous_allowed_from)
                values (?, ?, 1, ?, ?, ?)
                on conflict (client_address, username) do update set
                    attempts = case when t.last_attempt_at < ? and t.allowed_from <= ? then 1 else t.attempts + 1 end,
                    previous_allowed_from = case when t.last_attempt_at < ? and t.allowed_from <= ? then ?
                                                 else t.allowed_from end,
                    last_attempt_at = ?
                returning attempts, previous_allowed_from
                """, (rs, i) -> new Attempt(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()),
                address, login, at, at, at, staleBefore, at, staleBefore, at, at, at);
        if (a.number() > properties.maxFailedLogins()) {
            return a.number() == properties.maxFailedLogins() + 1 ? Verdict.JUST_BLOCKED : Verdict.BLOCKED;
        }
        Duration delay = delayAfter(a.number());
        if (!delay.isZero()) {
            jdbc.update("update login_throttle set allowed_from = greatest(allowed_from, ?) "
                    + "where client_address = ? and username = ?", utc(now.plus(delay)), address, login);
        }
        return now.isBefore(a.allowedFrom()) ? Verdict.WAIT : Verdict.CHECK_PASSWORD;
    }

    /** The right password from this client: its count for this login starts afresh. */
    void succeeded(String clientAddress, String login) {
        jdbc.update("delete from login_throttle where client_address = ? and username = ?",
                key(clientAddress, 64), normalise(login));
    }

    /** The operator's unlock: every client may try this login again at once. Returns the rows removed. */
    int unlock(String login) {
        return jdbc.update("delete from login_throttle where username = ?", normalise(login));
    }

    /** The wait the attempt numbered {@code n} imposes on the next one. */
    Duration delayAfter(int n) {
        int over = n - properties.loginDelayAfter();
        if (over < 0) {
            return Duration.ZERO;
        }
        Duration d = Duration.ofSeconds(1L << Math.min(over, 10));
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    // Offsets, not java.sql.Timestamp: a Timestamp is read in the JVM's zone, which may differ from the session's.
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static String normalise(String login) {
        return key(login == null ? "" : login.trim().toLowerCase(Locale.ROOT), 100);
    }

    private static String key(String value, int max) {
        String v = value == null ? "" : value;
        return v.length() > max ? v.substring(0, max) : v;
    }

    private record Attempt(int number, Instant allowedFrom) {
    }
}
