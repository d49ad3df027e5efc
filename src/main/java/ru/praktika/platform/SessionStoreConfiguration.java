package ru.praktika.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FlushMode;
import org.springframework.session.SaveMode;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in PostgreSQL and are shared by every instance. Two requests of one session at once (two
 * tabs, a double click, the first requests after login) each add the same attribute (the CSRF token, the
 * flash map) and both insert it: the second insert hit the primary key and the user got a 500. The
 * attribute queries upsert instead, so the last writer wins as it does for any other attribute change.
 * <p>
 * Every request also moved the session's last access time, so every page, even a read-only one, rewrote the
 * session row (a write and a WAL flush per request). The update now writes the row only when something other
 * than the access time changed, or the stored time is {@value #ACCESS_WRITE_MS} ms old or more: the idle
 * timeout (60 min) may then end a session up to a minute early, which nobody notices. Attributes are saved only
 * when set ({@link SaveMode#ON_SET_ATTRIBUTE}), at the end of the request ({@link FlushMode#ON_SAVE}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    static final String UPSERT_ATTRIBUTE = """
            insert into %TABLE_NAME%_ATTRIBUTES (session_primary_id, attribute_name, attribute_bytes)
            values (?, ?, ?)
            on conflict (session_primary_id, attribute_name) do update set attribute_bytes = excluded.attribute_bytes
            """;

    static final long ACCESS_WRITE_MS = 60_000;

    /** The library's update with the same six parameters in the same order, skipped when only the access time moved a little. */
    static final String UPDATE_SESSION_WHEN_CHANGED = """
            update %TABLE_NAME% t
            set session_id = v.session_id, last_access_time = v.last_access_time,
                max_inactive_interval = v.max_inactive_interval, expiry_time = v.expiry_time, principal_name = v.principal_name
            from (select ?::char(36) as session_id, ?::bigint as last_access_time, ?::integer as max_inactive_interval,
                         ?::bigint as expiry_time, ?::varchar(100) as principal_name, ?::char(36) as primary_id) v
            where t.primary_id = v.primary_id
              and (t.session_id <> v.session_id or t.max_inactive_interval <> v.max_inactive_interval
                   or t.principal_name is distinct from v.principal_name
                   or v.last_access_time - t.last_access_time >= ACCESS_WRITE_MS)
            """.replace("ACCESS_WRITE_MS", Long.toString(ACCESS_WRITE_MS)); // not formatted(): %TABLE_NAME% is the library's

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentSessionWrites() {
        return repository -> {
            repository.setCreateSessionAttributeQuery(UPSERT_ATTRIBUTE);
            repository.setUpdateSessionQuery(UPDATE_SESSION_WHEN_CHANGED);
            repository.setSaveMode(SaveMode.ON_SET_ATTRIBUTE);
            repository.setFlushMode(FlushMode.ON_SAVE);
        };
    }
}
