package ru.praktika.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * After kill -9 of the application its postgres lives on and holds the data directory. The next start stops
 * it and starts at once (it used to wait ~55 s and fail); the run command's server writes durably.
 */
class LeftoverPostmasterTest {

    private static final String STARTED = "probe: the server is up";

    /** The previous run: starts a server on the data directory and waits to be killed. */
    public static void main(String[] args) throws Exception {
        EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0])).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
        System.out.println(STARTED);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    @Test
    void aPostgresLeftByAKilledApplicationIsStoppedAndTheNextStartWorks(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("pg");
        // The previous run, in a JVM of its own: started its server, then was killed with kill -9.
        Process previous = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LeftoverPostmasterTest.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(previous.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains(STARTED)) {
                // the server's own output
            }
        }
        previous.destroyForcibly().waitFor(); // SIGKILL: nothing gets to stop the server
        ProcessHandle leftover = LeftoverPostmaster.find(dir).orElseThrow();
        assertThat(leftover.isAlive()).isTrue();

        long started = System.nanoTime();
        try (EmbeddedDatabaseConfiguration.EmbeddedPostgresServer server = EmbeddedDatabaseConfiguration.EmbeddedPostgresServer
                .start(new EmbeddedDatabaseProperties(dir.toString(), false, 0, true))) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
            assertThat(leftover.isAlive()).as("the leftover server was stopped").isFalse();
            SimpleDriverDataSource ds = new SimpleDriverDataSource(new org.postgresql.Driver(),
                    server.postgres().getJdbcUrl("postgres", "postgres"));
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        }
    }
}
