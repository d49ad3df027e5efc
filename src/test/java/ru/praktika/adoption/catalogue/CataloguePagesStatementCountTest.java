package ru.praktika.adoption.catalogue;

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
 * The catalogue list with and without search words and a catalogue card send at most
 * {@value PageStatements#LIMIT} statements each, and the same number with ten times the catalogue. Rolled back.
 */
@PraktikaTest
@Import(SqlStatementCounter.class)
@Transactional
class CataloguePagesStatementCountTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void listAndCardStayWithinTheLimitAndDoNotGrowWithTheCatalogue() {
        long card = jdbc.sql("""
                        insert into catalogue_practice (smarteka_url, title, source_subject_id, category_id, summary)
                        values ('https://smarteka.example/count-12b/card', 'Счётная карточка каталога',
                                (select min(id) from federal_subject), (select min(id) from category), 'Врач рядом')
                        returning id""").query(Long.class).single();
        List<List<String>> urls = List.of(
                List.of("officer.zdrav", "/adoption/catalogue"),
                List.of("officer.zdrav", "/adoption/catalogue?q=врач"),
                List.of("coordinator", "/adoption/catalogue"),
                List.of("coordinator", "/adoption/catalogue?q=врач"),
                List.of("observer", "/adoption/catalogue?page=3"),
                List.of("officer.zdrav", "/adoption/catalogue/" + card),
                List.of("coordinator", "/adoption/catalogue/" + card));
        PageStatements pages = new PageStatements(mvc, users);
        pages.measure(urls);
        Map<String, Integer> demo = pages.measure(urls);
        pages.assertWithinLimit(demo);

        GrowData.tenfold(jdbc, users);
        pages.measure(urls); // the growth itself may have been read into a cache
        Map<String, Integer> large = pages.measure(urls);

        pages.assertSameCounts(large, demo);
        pages.assertWithinLimit(large);
    }
}
