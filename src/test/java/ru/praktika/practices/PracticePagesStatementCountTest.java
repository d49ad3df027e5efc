package ru.praktika.practices;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.TestUsers;
import ru.praktika.platform.SqlStatementCounter;
import ru.praktika.web.GrowData;
import ru.praktika.web.PageStatements;

/**
 * The practice list (with and without search words, filtered, sorted), a practice card and the list's XLSX
 * export send at most {@value PageStatements#LIMIT} statements each, and the same number with ten times the
 * practices and a card with ten times the steps, replications and Smarteka snapshots: one count, one page of
 * rows, the export streamed from one query. Rolled back at the end.
 */
@PraktikaTest
@Import(SqlStatementCounter.class)
@Transactional
class PracticePagesStatementCountTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void listCardAndExportStayWithinTheLimitAndDoNotGrowWithTheData() {
        long card = card();
        history(card, 3);
        List<List<String>> urls = List.of(
                List.of("coordinator", "/practices"),
                List.of("coordinator", "/practices?q=здоровье"),
                List.of("officer.zdrav", "/practices"),
                List.of("officer.zdrav", "/practices?q=здоровье"),
                List.of("officer.zdrav", "/practices?q=здоровье&sort=title&page=2"),
                List.of("officer.zdrav", "/practices?status=PUBLISHED&sort=status"),
                List.of("observer", "/practices?categoryId=" + category() + "&sort=category"),
                List.of("coordinator", "/practices/" + card),
                List.of("officer.zdrav", "/practices/" + card),
                List.of("officer.zdrav", "/practices/export.xlsx"),
                List.of("coordinator", "/practices/export.xlsx?q=здоровье"));
        PageStatements pages = new PageStatements(mvc, users);
        pages.measure(urls);
        Map<String, Integer> demo = pages.measure(urls);
        pages.assertWithinLimit(demo);

        GrowData.tenfold(jdbc, users);
        history(card, 30);
        pages.measure(urls); // the growth itself may have been read into a cache
        Map<String, Integer> large = pages.measure(urls);

        pages.assertSameCounts(large, demo);
        pages.assertWithinLimit(large);
    }

    private long card() {
        return jdbc.sql("""
                        insert into practice (title, category_id, body_id, status, created_at, updated_at, published_on,
                                              smarteka_url, summary)
                        values ('Счётная карточка практики', :category, :body, 'PUBLISHED', now(), now(), current_date - 30,
                                'https://smarteka.com/practices/count-12b', 'Здоровье жителей')
                        returning id""")
                .param("category", category()).param("body", users.current("officer.zdrav").bodyId())
                .query(Long.class).single();
    }

    /** {@code n} placement steps, replications (other subjects) and Smarteka snapshots more for the card. */
    private void history(long card, int n) {
        jdbc.sql("""
                        insert into placement_step (practice_id, from_status, to_status, effective_on, at, by_username, by_name, comment)
                        select :card, 'SUBMITTED', 'PUBLISHED', current_date - g, now() - g * interval '1 hour', 'test', 'Тест', 'Шаг ' || g
                        from generate_series(1, :n) g""").param("card", card).param("n", n).update();
        jdbc.sql("""
                        insert into practice_replication (practice_id, region_code, since, recorded_by)
                        select :card, s.code, current_date - s.sort_order, 'test' from federal_subject s
                        where s.name <> (select name from region limit 1)
                          and not exists (select 1 from practice_replication r where r.practice_id = :card and r.region_code = s.code)
                        order by s.sort_order limit :n""").param("card", card).param("n", n).update();
        jdbc.sql("""
                        insert into smarteka_snapshot (practice_id, taken_on, regions_count, likes, views, recorded_by)
                        select :card, current_date - g, g, g, g * 10, 'test' from generate_series(1, :n) g""")
                .param("card", card).param("n", n).update();
    }

    private long category() {
        return users.current("officer.zdrav").bodyId() == null ? 0 : jdbc.sql("""
                select a.category_id from category_assignment a where a.body_id = :body and a.valid_to is null
                order by a.category_id limit 1""").param("body", users.current("officer.zdrav").bodyId())
                .query(Long.class).single();
    }
}
