package ru.praktika.notifications;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret in a user's calendar-feed address. Calendar programs cannot log in, so the address itself is
 * the key: 256 random bits, one per user, replaced (and the old address dead) whenever the user asks.
 */
@Component
class CalendarTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CalendarTokens(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    String tokenFor(Long userId) {
        List<String> existing = jdbc.queryForList("select token from calendar_feed_token where user_id = ?", String.class, userId);
        return existing.isEmpty() ? regenerate(userId) : existing.get(0);
    }

    @Transactional
    String regenerate(Long userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("insert into calendar_feed_token (user_id, token, created_at) values (?, ?, ?) "
                + "on conflict (user_id) do update set token = excluded.token, created_at = excluded.created_at",
                userId, token, java.sql.Timestamp.from(clock.instant()));
        return token;
    }

    Optional<Long> userFor(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return jdbc.queryForList("select user_id from calendar_feed_token where token = ?", Long.class, token).stream().findFirst();
    }
}
