package ru.praktika.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Conditional;

/**
 * Starts a real PostgreSQL next to the application when {@code spring.datasource.url} is not set,
 * and pools it with Hikari (zonky's own DataSource opens a backend per connection).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.postgres().getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("praktika-embedded");
        // As spring.datasource.hikari.connection-timeout for an external server: a database that is away
        // fails a request in seconds (the 503 page), not after Hikari's default 30 s.
        config.setConnectionTimeout(3000);
        return new HikariDataSource(config);
    }

    /**
     * The running server. The context closes it last: the DataSource depends on it, and JPA, the event
     * publication registry and every other user of the database depend on the DataSource.
     */
    static final class EmbeddedPostgresServer implements AutoCloseable {
        private final EmbeddedPostgres postgres;

        private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
            Path dir = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
            try {
                Files.createDirectories(dir.getParent());
                LeftoverPostmaster.stopIfRunning(dir);
                String sync = Boolean.TRUE.equals(properties.durable()) ? "on" : "off";
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(properties.clean())
                        // The context stops the server after everything that uses it (the DataSource
                        // depends on this bean); zonky's own JVM hook would stop it first, in parallel.
                        .setRegisterShutdownHook(false)
                        .setServerConfig("max_connections", "60")
                        // zonky turns synchronous commit off (test databases); kept data needs both on
                        .setServerConfig("fsync", sync)
                        .setServerConfig("synchronous_commit", sync)
                        .setServerConfig("full_page_writes", sync);
                if (properties.port() > 0) {
                    builder.setPort(properties.port());
                }
                EmbeddedPostgres pg = builder.start();
                log.info("Встроенный PostgreSQL запущен: порт {}, данные в {}", pg.getPort(), dir);
                return new EmbeddedPostgresServer(pg);
            } catch (EmbeddedDatabaseStartException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new EmbeddedDatabaseStartException(dir, e);
            }
        }

        EmbeddedPostgres postgres() {
            return postgres;
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }
}
