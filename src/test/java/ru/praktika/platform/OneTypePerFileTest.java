package ru.praktika.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every main source file compiles to a class of its own name. The compiler plugin takes a source without
 * one for changed and recompiles the whole module (and then the tests) on every run, so a second
 * {@code ./mvnw spring-boot:run} would take as long as the first. Hence one top-level type per file, and
 * a package-info only with an annotation.
 */
class OneTypePerFileTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void everySourceFileHasItsClass() throws IOException {
        List<Path> withoutClass;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            withoutClass = files.filter(f -> f.toString().endsWith(".java"))
                    .map(SOURCES::relativize)
                    .filter(f -> !Files.exists(CLASSES.resolve(f.toString().replaceAll("\\.java$", ".class"))))
                    .toList();
        }
        assertThat(withoutClass).as("sources whose top-level type is not named after the file").isEmpty();
    }
}
