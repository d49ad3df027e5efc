package ru.praktika.operations;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ru.praktika.PraktikaApplication;

/**
 * Two instances of the application (two Spring contexts, each with its own web server, pool and
 * scheduler) on one PostgreSQL, as in a deployment behind a balancer. The PostgreSQL is one this class
 * starts, standing in for the shared external server: on a fixed data directory that survives a stop
 * ({@code setCleanDataDirectory(false)}: zonky deletes it on close otherwise) and a fixed port, so that it can
 * be stopped and started again under running instances (an outage).
 */
final class TwoInstances implements AutoCloseable {

    private final Path dataDirectory;
    private EmbeddedPostgres postgres;
    private final int port;
    ConfigurableApplicationContext first;
    ConfigurableApplicationContext second;

    private TwoInstances(Path dataDirectory, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
        this.port = postgres.getPort();
    }

    /** Starts the database and the first instance, runs {@code beforeSecond}, then starts the second. */
    static TwoInstances start(List<Class<?>> extraSources, Consumer<ConfigurableApplicationContext> beforeSecond,
                              String... extraArgs) throws Exception {
        Path dir = Files.createTempDirectory("praktika-two-instances").resolve("pg");
        TwoInstances instances = new TwoInstances(dir, server(dir, 0));
        try {
            instances.first = instances.instance(extraSources, extraArgs);
            beforeSecond.accept(instances.first);
            instances.second = instances.instance(extraSources, extraArgs);
            return instances;
        } catch (RuntimeException e) {
            instances.close();
            throw e;
        }
    }

    private static EmbeddedPostgres server(Path dir, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** The database goes away under the running instances. */
    void stopDatabase() throws IOException {
        postgres.close();
    }

    /** …and comes back on the same port with the same data. */
    void startDatabase() throws IOException {
        postgres = server(dataDirectory, port);
    }

    private ConfigurableApplicationContext instance(List<Class<?>> extraSources, String... extraArgs) {
        List<Class<?>> sources = new ArrayList<>(List.of(PraktikaApplication.class));
        sources.addAll(extraSources);
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--server.port=0",
                "--spring.profiles.active=demo",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        args.addAll(List.of(extraArgs));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() throws Exception {
        try {
            if (second != null) {
                second.close();
            }
            if (first != null) {
                first.close();
            }
        } finally {
            try {
                postgres.close();
            } finally {
                try (Stream<Path> files = Files.walk(dataDirectory.getParent())) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
