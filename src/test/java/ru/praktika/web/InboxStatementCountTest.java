package ru.praktika.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
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
 * The inbox and its badge read the same number of statements with 200 more implementations, each with a
 * roadmap (half awaiting approval, half approved with an overdue activity): no query per implementation.
 * Rolled back at the end.
 */
@PraktikaTest
@Import(SqlStatementCounter.class)
@Transactional
class InboxStatementCountTest {

    private static final List<String> USERS = List.of("head.zdrav", "officer.zdrav", "coordinator");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void statementsPerRequestDoNotGrowWithImplementations() {
        measure(); // warm the reference caches
        Map<String, Integer> small = measure();
        seed(200);
        Map<String, Integer> large = measure();
        assertThat(large).as("statements per request with more implementations").isEqualTo(small);
    }

    private Map<String, Integer> measure() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String username : USERS) {
            for (String url : List.of("/inbox", "/inbox/count")) {
                counts.put(username + " " + url, SqlStatementCounter.count(() -> {
                    try {
                        return mvc.perform(get(url).with(users.as(username))).andReturn().getResponse().getStatus();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
        }
        return counts;
    }

    /** {@code n} implementations of the head's body, each with a roadmap: odd ones approved, all with an overdue activity. */
    private void seed(int n) {
        Long body = users.current("head.zdrav").bodyId();
        jdbc.sql("""
                        insert into catalogue_practice (smarteka_url, title, source_subject_id, category_id)
                        select 'https://smarteka.example/inbox/' || g, 'Чужая практика ' || g,
                               (select min(id) from federal_subject), (select min(id) from category)
                        from generate_series(1, :n) g""").param("n", n).update();
        jdbc.sql("""
                        insert into implementation (practice_id, body_id, status_code)
                        select cp.id, :body, 'IN_PROGRESS' from catalogue_practice cp
                        where cp.smarteka_url like 'https://smarteka.example/inbox/%'""").param("body", body).update();
        jdbc.sql("""
                        insert into roadmap (implementation_id, start_date, approved_at, approved_by)
                        select i.id, current_date - 100, case when i.id % 2 = 1 then now() end,
                               case when i.id % 2 = 1 then 'test' end
                        from implementation i join catalogue_practice cp on cp.id = i.practice_id
                        where cp.smarteka_url like 'https://smarteka.example/inbox/%'""").update();
        jdbc.sql("""
                        insert into roadmap_activity (roadmap_id, number, title, due_date, weight, status_code, sort_order)
                        select r.id, '1', 'Мероприятие', current_date - 10, 1, 'PLANNED', 1
                        from roadmap r join implementation i on i.id = r.implementation_id
                        join catalogue_practice cp on cp.id = i.practice_id
                        where cp.smarteka_url like 'https://smarteka.example/inbox/%'""").update();
    }
}
