package ru.praktika.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL used when no external server is configured.
 *
 * @param dataDirectory where the cluster lives; kept between runs unless {@code clean} is set
 * @param clean         start from an empty cluster (tests)
 * @param port          0 picks a free port
 * @param durable       fsync, synchronous commit and full-page writes on (the run command: its data persists);
 *                      off only in tests, whose clusters are thrown away
 */
@ConfigurationProperties("praktika.embedded-db")
public record EmbeddedDatabaseProperties(String dataDirectory, boolean clean, int port, Boolean durable) {

    public EmbeddedDatabaseProperties {
        if (dataDirectory == null || dataDirectory.isBlank()) {
            dataDirectory = "./data/postgres";
        }
        durable = durable == null || durable;
    }
}
