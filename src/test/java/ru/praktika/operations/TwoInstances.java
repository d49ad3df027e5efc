package ru.praktika.operations;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ru.praktika.PraktikaApplication;

/**
 * Two instances of the application (two Spring contexts, each with its own web server, pool and
 * scheduler) on one PostgreSQL, as in a deployment behind a balancer. The PostgreSQL is one this class
 * starts, standing in for the shared external server.
 */
final class TwoInstances implements AutoCloseable {

    final EmbeddedPostgres postgres;
    final ConfigurableApplicationContext first;
    final ConfigurableApplicationContext second;

    private TwoInstances(EmbeddedPostgres postgres, ConfigurableApplicationContext first,
                         ConfigurableApplicationContext second) {
        this.postgres = postgres;
        this.first = first;
        this.second = second;
    }

    static TwoInstances start(List<Class<?>> extraSources, String... extraArgs) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory("praktika-two-instances"))
                .setCleanDataDirectory(true)
                .start();
        try {
            ConfigurableApplicationContext first = instance(postgres, "first", extraSources, extraArgs);
            ConfigurableApplicationContext second = instance(postgres, "second", extraSources, extraArgs);
            return new TwoInstances(postgres, first, second);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    private static ConfigurableApplicationContext instance(EmbeddedPostgres postgres, String name,
                                                           List<Class<?>> extraSources, String... extraArgs) {
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
            second.close();
            first.close();
        } finally {
            postgres.close();
        }
    }
}
