package ru.praktika.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.praktika.PraktikaApplication;

/**
 * The backup of the embedded demo database (docs/operations.md): a copy of its data directory taken while the
 * application is stopped, restored into an empty place, and the application started on it with everything
 * present. (A pg_dump test is not possible here: zonky's binaries have no pg_dump, Debian's pg_dump 15
 * refuses a version 17 server.)
 */
class EmbeddedBackupTest {

    private static final List<String> TABLES = List.of("app_user", "practice", "catalogue_practice", "revinfo",
            "flyway_schema_history", "event_publication", "responsible_body");

    @Test
    void aCopyOfTheStoppedDataDirectoryStartsTheApplicationWithEverythingPresent(@TempDir Path tmp) throws Exception {
        Path original = tmp.resolve("data/postgres");
        Map<String, Integer> before;
        try (ConfigurableApplicationContext app = start(original)) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            jdbc.update("update app_user set position = 'до резервной копии' where username = 'observer'");
            before = counts(jdbc);
        }
        assertThat(original.resolve("postmaster.pid")).as("stopped cleanly").doesNotExist();

        Path restored = tmp.resolve("restored/postgres");
        copy(original, restored); // what `tar czf … data` and `tar xzf …` do

        try (ConfigurableApplicationContext app = start(restored)) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            assertThat(counts(jdbc)).isEqualTo(before);
            assertThat(before.get("practice")).isPositive();
            assertThat(jdbc.queryForObject("select position from app_user where username = 'observer'", String.class))
                    .isEqualTo("до резервной копии");
        }
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplicationBuilder(PraktikaApplication.class).logStartupInfo(false)
                .run("--praktika.embedded-db.data-directory=" + dataDirectory, "--server.port=0",
                        "--spring.profiles.active=demo", "--spring.main.banner-mode=off", "--logging.level.root=WARN");
    }

    private static Map<String, Integer> counts(JdbcTemplate jdbc) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                    // PostgreSQL refuses a data directory others may read (tar keeps the modes too)
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(source));
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
