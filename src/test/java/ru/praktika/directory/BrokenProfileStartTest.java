package ru.praktika.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import ru.praktika.PraktikaApplication;

/** A broken profile stops the start while the context refreshes: the web server never opens its port. */
class BrokenProfileStartTest {

    @Test
    void theWebServerNeverOpens(@TempDir Path tmp) throws Exception {
        Path profile = Files.writeString(tmp.resolve("region.yml"), "region: { code: x, name: Икс, nameGenitive: Икса }\n");
        AtomicBoolean serverOpened = new AtomicBoolean();

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(PraktikaApplication.class)
                .listeners((ApplicationListener<WebServerInitializedEvent>) e -> serverOpened.set(true))
                .run("--praktika.region-profile=file:" + profile, "--server.port=0",
                        "--praktika.embedded-db.data-directory=" + tmp.resolve("pg"),
                        "--spring.main.banner-mode=off", "--logging.level.root=OFF"));

        assertThat(failure).hasRootCauseInstanceOf(RuntimeException.class);
        RegionProfileException refused = findCause(failure);
        assertThat(refused.problems()).extracting(RegionProfileException.Problem::keyPath)
                .contains("legalAct", "coordinator", "bodies", "categories", "criteria", "reporting");
        assertThat(new RegionProfileFailureAnalyzer().analyze(failure).getDescription()).contains(profile.toString());
        assertThat(serverOpened).as("the web server opened before the profile was refused").isFalse();
    }

    private static RegionProfileException findCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof RegionProfileException e) {
                return e;
            }
        }
        throw new AssertionError("no RegionProfileException in " + t);
    }
}
