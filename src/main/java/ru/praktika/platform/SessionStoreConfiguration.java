package ru.praktika.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in PostgreSQL and are shared by every instance. Two requests of one session at once (two
 * tabs, a double click, the first requests after login) each add the same attribute (the CSRF token, the
 * flash map) and both insert it: the second insert hit the primary key and the user got a 500. The
 * attribute queries upsert instead, so the last writer wins as it does for any other attribute change.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    static final String UPSERT_ATTRIBUTE = """
            insert into %TABLE_NAME%_ATTRIBUTES (session_primary_id, attribute_name, attribute_bytes)
            values (?, ?, ?)
            on conflict (session_primary_id, attribute_name) do update set attribute_bytes = excluded.attribute_bytes
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentSessionWrites() {
        return repository -> repository.setCreateSessionAttributeQuery(UPSERT_ATTRIBUTE);
    }
}
