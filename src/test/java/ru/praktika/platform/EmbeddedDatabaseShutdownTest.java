package ru.praktika.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On a JVM exit (Ctrl-C, SIGTERM, the end of a test fork) the embedded server outlives every bean that
 * uses it. Only a real exit shows this: a JVM shutdown hook of the server's own would stop it in parallel
 * with the context's close, so a bean still working with the database on close (as the event publication
 * registry does) would fail and wait out the pool's 30 s connection timeout.
 */
class EmbeddedDatabaseShutdownTest {

    private static final String ANSWERED = "probe: the database answered on close";

    @Test
    void theServerStopsAfterTheBeansThatUseIt(@TempDir Path tmp) throws Exception {
        Path dataDirectory = tmp.resolve("pg");
        Path output = tmp.resolve("probe.log");
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedDatabaseShutdownTest.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean exited = probe.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            probe.destroyForcibly();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);

        assertThat(exited).as("the probe exits; its output:%n%s", log).isTrue();
        assertThat(log).as("the output of the probe").contains(ANSWERED)
                .doesNotContainPattern("\\bWARN\\b|\\bERROR\\b"); // log levels, not a JVM "WARNING:" line
        assertThat(dataDirectory.resolve("postmaster.pid")).as("the server was stopped, not left running").doesNotExist();
    }

    /** The probe: starts the embedded server with a bean that queries it on close, then exits the JVM. */
    public static void main(String[] args) {
        new SpringApplicationBuilder(ProbeConfiguration.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run("--praktika.embedded-db.data-directory=" + args[0], "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
        System.exit(0);
    }

    @Configuration(proxyBeanMethods = false)
    @Import(EmbeddedDatabaseConfiguration.class)
    @EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
    static class ProbeConfiguration {

        @Bean
        DatabaseUserOnClose databaseUserOnClose(DataSource dataSource) {
            return new DatabaseUserOnClose(new JdbcTemplate(dataSource));
        }
    }

    /** Like the event publication registry: still talks to the database while the context closes. */
    record DatabaseUserOnClose(JdbcTemplate jdbc) implements DisposableBean {

        @Override
        public void destroy() throws InterruptedException {
            Thread.sleep(1000); // long enough for a parallel shutdown hook to have stopped the server
            jdbc.queryForObject("select 1", Integer.class);
            System.out.println(ANSWERED);
        }
    }
}
