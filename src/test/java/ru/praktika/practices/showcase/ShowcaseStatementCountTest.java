package ru.praktika.practices.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.PraktikaTest;
import ru.praktika.platform.SqlStatementCounter;

/**
 * The showcase reads a fixed number of statements whatever the number of published practices: the list is a
 * count and a page (PageWindow), a card the card and its indicators. Rolled back at the end.
 */
@PraktikaTest
@Import(SqlStatementCounter.class)
@Transactional
class ShowcaseStatementCountTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void statementsPerPageDoNotGrowWithPublishedPractices() {
        seed(1);
        long card = jdbc.sql("select max(id) from practice where title like 'Витринная практика %'").query(Long.class).single();
        measure(card); // warm the caches
        Map<String, Integer> small = measure(card);
        seed(500);
        Map<String, Integer> large = measure(card);

        assertThat(large).as("statements per request with 500 more published practices").isEqualTo(small);
        assertThat(large).allSatisfy((url, n) -> assertThat(n).as(url).isLessThanOrEqualTo(3));
    }

    private Map<String, Integer> measure(long card) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String url : new String[] {"/showcase", "/showcase?page=2", "/showcase?page=100000000",
                "/showcase?q=витринная", "/showcase/" + card}) {
            counts.put(url, SqlStatementCounter.count(() -> perform(url)));
        }
        return counts;
    }

    private Object perform(String url) {
        try {
            int status = mvc.perform(get(url)).andReturn().getResponse().getStatus();
            assertThat(status).as(url).isEqualTo(200);
            return status;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void seed(int n) {
        jdbc.sql("""
                insert into practice (title, summary, category_id, body_id, status, created_at, updated_at, published_on,
                                      smarteka_url)
                select 'Витринная практика ' || g, 'Описание витринной практики ' || g, (select min(id) from category),
                       (select min(id) from responsible_body), 'PUBLISHED', now(), now(), current_date - g % 300,
                       'https://smarteka.com/practices/showcase-' || g
                from generate_series(1, :n) g""").param("n", n).update();
        jdbc.sql("""
                insert into practice_indicator (practice_id, position, name, unit, base_value, achieved_value)
                select p.id, k, 'Показатель ' || k, '%', 10, 20 from practice p, generate_series(0, 2) k
                where p.title like 'Витринная практика %'
                  and not exists (select 1 from practice_indicator i where i.practice_id = p.id)""").update();
    }
}
