package ru.praktika.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import ru.praktika.PraktikaTest;
import ru.praktika.adoption.catalogue.CatalogueImportProbe;

/**
 * Imports 10,000 generated catalogue rows (CSV, every column filled) into the embedded PostgreSQL, then the
 * same file again (idempotent: nothing written) and a file with every row changed (10,000 updates).
 * Not run by {@code verify}: {@code ./mvnw -q -B test -Dtest=CatalogueImportBenchmark}. Target: under 10 s.
 * Results go to docs/benchmarks-adoption.md.
 * <p>
 * The rows are the benchmark's own, never the product's: its own Spring context (the property below makes
 * one), hence its own fresh embedded database, and links under a prefix of its run, by which it counts them.
 */
@PraktikaTest
@TestPropertySource(properties = "praktika.bench.context=catalogue-import")
class CatalogueImportBenchmark {

    static final int ROWS = 10_000;

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    /** The links of one run: {@code https://smarteka.com/bench/<run>/<n>}. */
    static String prefix(String run) {
        return "https://smarteka.com/bench/" + run + "/";
    }

    static byte[] rows(String run, String edition, int count) {
        String[] regions = {"Приморский край", "Ставропольский край", "Московская область", "Республика Татарстан (Татарстан)",
                "Красноярский край", "Амурская область", "г. Москва", "Курская область"};
        String[] categories = {"Здравоохранение", "Туризм", "Образование", "Социальная поддержка", "Комфортная среда"};
        StringBuilder csv = new StringBuilder(count * 600);
        csv.append("smarteka_url;title;region;category;summary;algorithm;results;owner_contacts;tags;recommended;recommended_year\n");
        for (int i = 0; i < count; i++) {
            csv.append(prefix(run)).append(i).append(';')
                    .append("Сгенерированная практика № ").append(i).append(';')
                    .append(regions[i % regions.length]).append(';').append(categories[i % categories.length]).append(';')
                    .append("Описание сгенерированной практики для замера импорта, редакция ").append(edition)
                    .append(": поддержка жителей, цифровые сервисы, обучение специалистов.;")
                    .append("\"Создать рабочую группу (14 дней)\nПровести обучение (30 дней)\nЗапустить (60 дней)\";")
                    .append("Охват жителей вырос на ").append(i % 50).append("%;")
                    .append("Региональный проектный офис, +7 (000) 000-00-00;")
                    .append("генерация, замер;").append(i % 3 == 0 ? "да" : "нет").append(';')
                    .append(i % 3 == 0 ? "2024" : "").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private int ownRows(String run) {
        return jdbc.queryForObject("select count(*) from catalogue_practice where smarteka_url like ?", Integer.class,
                prefix(run) + "%");
    }

    @Test
    void import10000Rows() {
        CatalogueImportProbe probe = new CatalogueImportProbe(context);
        String run = UUID.randomUUID().toString().substring(0, 8);
        byte[] file = rows(run, "1", ROWS);
        byte[] changed = rows(run, "2", ROWS);
        // Warm-up on a small file of another run so class loading and JIT do not count.
        probe.importFile("warmup.csv", rows(run + "w", "0", 500), 500);

        long t0 = System.nanoTime();
        List<Integer> first = probe.importFile("bench.csv", file, ROWS);
        long t1 = System.nanoTime();
        List<Integer> again = probe.importFile("bench.csv", file, ROWS);
        long t2 = System.nanoTime();
        List<Integer> updated = probe.importFile("bench-v2.csv", changed, ROWS);
        long t3 = System.nanoTime();

        System.out.printf("BENCHMARK catalogue import, %d rows: create %.2f s, re-import (no change) %.2f s, update all %.2f s%n",
                ROWS, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
        assertThat(first).containsExactly(ROWS, 0, 0, 0);
        assertThat(again).containsExactly(0, 0, ROWS, 0);
        assertThat(updated).containsExactly(0, ROWS, 0, 0);
        assertThat(ownRows(run)).isEqualTo(ROWS);
    }
}
