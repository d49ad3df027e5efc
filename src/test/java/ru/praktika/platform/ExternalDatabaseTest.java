package ru.praktika.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.praktika.PraktikaApplication;

/**
 * With SPRING_DATASOURCE_URL set the application uses that server and starts nothing embedded. The
 * "external" server here is a PostgreSQL this test starts by itself, standing in for a real one.
 * Also proves a production start (no demo profile) creates no users.
 */
class ExternalDatabaseTest {

    private static EmbeddedPostgres external;

    @BeforeAll
    static void startExternalServer() throws Exception {
        external = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory("praktika-external-pg"))
                .setCleanDataDirectory(true)
                .start();
    }

    @AfterAll
    static void stopExternalServer() throws Exception {
        external.close();
    }

    @Test
    void usesTheConfiguredServerAndStartsNoEmbeddedOne() {
        String url = external.getJdbcUrl("postgres", "postgres");
        try (ConfigurableApplicationContext context = SpringApplication.run(PraktikaApplication.class,
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--server.port=0", "--logging.level.root=WARN")) {
            assertThat(context.getBeanNamesForType(EmbeddedDatabaseConfiguration.EmbeddedPostgresServer.class)).isEmpty();
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select count(*) from category", Integer.class)).isEqualTo(10);
            assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class))
                    .as("a production start creates no demo users").isZero();
            assertThat(jdbc.queryForObject("select inet_server_port()", Integer.class)).isEqualTo(external.getPort());
        }
    }
}
