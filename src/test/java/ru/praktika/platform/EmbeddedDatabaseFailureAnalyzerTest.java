package ru.praktika.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A failed embedded start is told in one line with the fix, not a wall of stack traces. */
class EmbeddedDatabaseFailureAnalyzerTest {

    private final EmbeddedDatabaseFailureAnalyzer analyzer = new EmbeddedDatabaseFailureAnalyzer();

    @Test
    void explainsInitdbAsRoot() {
        var cause = new EmbeddedDatabaseStartException(Path.of("data/postgres"),
                new IllegalStateException("Process [initdb] failed", new RuntimeException("initdb: cannot be run as root")));
        FailureAnalysis analysis = analyzer.analyze(new RuntimeException("context failed", cause));
        assertThat(analysis.getDescription()).contains("initdb нельзя запускать от root");
        assertThat(analysis.getAction()).contains("не root").contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void explainsOtherFailuresWithTheirRootCause() {
        var cause = new EmbeddedDatabaseStartException(Path.of("data/postgres"),
                new java.io.IOException("No space left on device"));
        FailureAnalysis analysis = analyzer.analyze(cause);
        assertThat(analysis.getDescription()).contains("No space left on device");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }
}
