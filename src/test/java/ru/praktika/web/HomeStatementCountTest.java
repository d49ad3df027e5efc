package ru.praktika.web;

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

/**
 * The home page of every role sends at most {@value PageStatements#LIMIT} statements, and the same number with
 * ten times the demo's practices, catalogue practices and implementations (with roadmaps and overdue
 * activities, cards waiting for the head or returned to the officer): the widgets count in the database and
 * reference data comes from the cache. Rolled back at the end.
 */
@PraktikaTest
@Import(SqlStatementCounter.class)
@Transactional
class HomeStatementCountTest {

    private static final List<List<String>> PAGES = List.of(List.of("coordinator", "/"), List.of("officer.zdrav", "/"),
            List.of("head.zdrav", "/"), List.of("mun.blag", "/"), List.of("observer", "/"), List.of("admin", "/"));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyRolesHomeStaysWithinTheLimitAndDoesNotGrowWithTheData() {
        PageStatements pages = new PageStatements(mvc, users);
        pages.measure(PAGES); // warm the reference cache and open the sessions
        Map<String, Integer> demo = pages.measure(PAGES);
        pages.assertWithinLimit(demo);

        GrowData.tenfold(jdbc, users);
        pages.measure(PAGES); // the growth itself may have been read into a cache
        Map<String, Integer> large = pages.measure(PAGES);

        pages.assertSameCounts(large, demo);
        pages.assertWithinLimit(large);
    }
}
