package ru.praktika.notifications;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of what was sent. Claiming a key inserts it; a second claim — by a rerun or by another
 * instance — finds it taken (primary key) and does nothing. Together with ShedLock this makes each
 * reminder go out exactly once.
 */
@Component
class Dispatches {

    private final JdbcTemplate jdbc;

    Dispatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True if this caller is the first to claim {@code key}. Runs in the caller's transaction. */
    boolean claim(String key) {
        return jdbc.update("insert into notification_dispatch (dispatch_key) values (?) on conflict do nothing", key) == 1;
    }

    boolean sent(String key) {
        Integer n = jdbc.queryForObject("select count(*) from notification_dispatch where dispatch_key = ?", Integer.class, key);
        return n != null && n > 0;
    }
}
