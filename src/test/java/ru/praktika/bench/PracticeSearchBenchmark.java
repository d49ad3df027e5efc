package ru.praktika.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import ru.praktika.platform.TestClockConfiguration;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.Role;
import ru.praktika.practices.card.PracticeFilter;
import ru.praktika.practices.card.PracticeSearch;

/**
 * Not a test (excluded from verify by its name): 20,000 practices seeded into a database of their own, then
 * the practices list with a search term, timed. Its own Spring context (the {@code test} profile without
 * {@code demo}) gets its own fresh embedded PostgreSQL, so the seeded rows are the only practices there. Run with
 * {@code ./mvnw -q -B test -Dtest=PracticeSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * the numbers go to target/benchmarks/practice-search.txt and docs/benchmarks-practices.md.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class PracticeSearchBenchmark {

    static final int PRACTICES = 20_000;
    static final int WARMUP = 100;
    static final int RUNS = 300;

    static final String[] TOPICS = {"поликлиника", "диспансеризация", "школа", "спорт", "туризм", "жильё", "дороги",
            "экология", "лес", "культура", "молодёжь", "занятость", "предпринимательство", "село", "транспорт",
            "цифровизация", "волонтёры", "семья", "ветераны", "здоровье"};
    static final String[] PHRASES = {"опыт внедрения", "внедрение технологии", "повышение доступности", "сокращение очередей",
            "поддержка семей", "обучение специалистов", "развитие инфраструктуры", "вовлечение жителей",
            "цифровые сервисы", "межведомственное взаимодействие", "наставничество", "пилотный проект",
            "мобильные бригады", "единое окно", "проектный офис", "бережливые технологии", "грантовая поддержка",
            "ремонт учреждений", "выездные приёмы", "онлайн-консультации"};

    @Autowired JdbcTemplate jdbc;
    @Autowired PracticeSearch search;

    @Test
    void listWithSearchTermOn20000Practices() throws IOException {
        long inserted = generate();
        CurrentUser coordinator = new CurrentUser(0L, "bench", "Бенчмарк", Set.of(Role.COORDINATOR), null, null);
        StringBuilder report = new StringBuilder();
        report.append("seeded practices: ").append(inserted).append('\n');
        for (String q : new String[] {"внедрение", "бережливая поликлиника", "наставничество молодёжи", null}) {
            long matches = page(q, coordinator).total();
            double[] ms = time(q, coordinator);
            report.append(String.format("q=%s matches=%d median=%.2f ms p90=%.2f ms min=%.2f ms max=%.2f ms%n",
                    q == null ? "(none)" : "«" + q + "»", matches, pct(ms, 50), pct(ms, 90), ms[0], ms[ms.length - 1]));
        }
        report.append("\nplan of the page query for «внедрение»:\n");
        jdbc.query("""
                explain (analyze, buffers) select p.id, p.title from practice p
                 join category c on c.id = p.category_id join responsible_body b on b.id = p.body_id
                 join placement_status s on s.code = p.status left join municipality m on m.id = p.municipality_id
                 where p.search @@ websearch_to_tsquery('russian', 'внедрение')
                 order by ts_rank(p.search, websearch_to_tsquery('russian', 'внедрение')) desc, p.id desc limit 20
                """, rs -> {
            report.append(rs.getString(1)).append('\n');
        });
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "practice-search.txt"), report);
        System.out.println(report);
    }

    /** The first page of the list, sorted by relevance when there is a term, as the list page asks for it. */
    private PracticeSearch.Page page(String q, CurrentUser user) {
        return search.find(new PracticeFilter(q, null, null, null, null, null, null, null, 1), user);
    }

    private double[] time(String q, CurrentUser user) {
        for (int i = 0; i < WARMUP; i++) {
            page(q, user);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            page(q, user);
            ms[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private long generate() {
        Long existing = jdbc.queryForObject("select count(*) from practice", Long.class);
        if (existing == null || existing != 0) {
            // Timings over anything but the seeded rows would not be comparable between runs.
            throw new IllegalStateException("the benchmark's database already holds " + existing + " practices");
        }
        List<Long[]> pairs = new ArrayList<>();
        jdbc.query("select category_id, body_id from category_assignment where valid_to is null",
                rs -> {
                    pairs.add(new Long[] {rs.getLong(1), rs.getLong(2)});
                });
        String[] statuses = {"DRAFT", "CRITERIA_CHECK", "READY", "SUBMITTED", "RETURNED", "PUBLISHED", "REJECTED", "WITHDRAWN"};
        Random random = new Random(494);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < PRACTICES; i++) {
            Long[] pair = pairs.get(random.nextInt(pairs.size()));
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            String phrase = PHRASES[random.nextInt(PHRASES.length)];
            String title = "[сгенерировано] " + phrase + ": " + topic + " № " + i;
            String summary = "Практика: " + phrase + " в сфере «" + topic + "», " + PHRASES[random.nextInt(PHRASES.length)] + ".";
            String algorithm = "Шаг 1. " + PHRASES[random.nextInt(PHRASES.length)] + "\nШаг 2. " + PHRASES[random.nextInt(PHRASES.length)];
            String results = "Результат: " + TOPICS[random.nextInt(TOPICS.length)] + ", " + PHRASES[random.nextInt(PHRASES.length)];
            rows.add(new Object[] {title, pair[0], pair[1], summary, algorithm, results,
                    statuses[random.nextInt(statuses.length)], LocalDate.of(2020 + random.nextInt(7), 1 + random.nextInt(12), 1),
                    now, new Timestamp(now.getTime() - random.nextInt(1_000_000_000))});
        }
        jdbc.batchUpdate("""
                insert into practice (title, category_id, body_id, summary, algorithm, results, status, period_start,
                                      created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """, rows);
        jdbc.execute("analyze practice");
        return jdbc.queryForObject("select count(*) from practice", Long.class);
    }
}
