package ru.praktika.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** When each user last opened the dashboard. */
@Component
class DashboardVisits {

    private final JdbcClient jdbc;
    private final Clock clock;

    DashboardVisits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records this visit and returns the previous one (empty on the first), in one statement. */
    @Transactional
    Optional<Instant> visit(Long userId) {
        return jdbc.sql("""
                        with previous as (select visited_at from dashboard_visit where user_id = :user),
                             saved as (insert into dashboard_visit (user_id, visited_at) values (:user, :now)
                                       on conflict (user_id) do update set visited_at = excluded.visited_at)
                        select visited_at from previous""")
                .param("user", userId).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }
}
