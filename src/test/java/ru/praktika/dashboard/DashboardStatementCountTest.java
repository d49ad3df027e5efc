package ru.praktika.dashboard;

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
 * The dashboard page and each chart's data take at most {@value #LIMIT} SQL statements, and the same number
 * with many more practices, replications, implementations, activities, results and reports: the database
 * aggregates, Java never loads the rows. Rolled back at the end, so the shared database keeps no bulk rows.
 */
@PraktikaTest
@Import(SqlStatementCounter.class)
@Transactional
class DashboardStatementCountTest {

    static final int LIMIT = 10;
    private static final List<String> USERS = List.of("coordinator", "head.zdrav", "mun.blag");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void statementsPerRequestStayWithinTheLimitAndDoNotGrowWithTheData() {
        measure(); // warm the caches (statuses, calendar) so both measurements see the same
        Map<String, Integer> small = measure();
        seed(400);
        Map<String, Integer> large = measure();

        assertThat(large).as("statements per request with more rows").isEqualTo(small);
        assertThat(large).allSatisfy((request, n) -> assertThat(n).as(request).isLessThanOrEqualTo(LIMIT));
    }

    private Map<String, Integer> measure() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String username : USERS) {
            var user = users.as(username);
            counts.put(username + " /dashboard", SqlStatementCounter.count(() -> perform("/dashboard", user)));
            List<String> charts = DashboardCharts.visibleTo(users.current(username));
            for (String chart : charts) {
                String url = "/dashboard/charts/" + chart + "?year=all";
                counts.put(username + " " + url, SqlStatementCounter.count(() -> perform(url, user)));
            }
        }
        return counts;
    }

    private Object perform(String url, org.springframework.test.web.servlet.request.RequestPostProcessor user) {
        try {
            int status = mvc.perform(get(url).with(user)).andReturn().getResponse().getStatus();
            assertThat(status).as(url).isEqualTo(200);
            return status;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code n} more practices and implementations (with roadmaps, activities, results) for the head's body. */
    private void seed(int n) {
        Long body = users.current("head.zdrav").bodyId();
        Long municipality = users.current("mun.blag").municipalityId();
        jdbc.sql("""
                        insert into practice (title, category_id, body_id, status, created_at, updated_at, published_on)
                        select 'Массовая практика ' || g, (select min(id) from category), :body,
                               (array['DRAFT','READY','SUBMITTED','RETURNED','PUBLISHED'])[1 + g % 5], now(), now(),
                               case when g % 5 = 4 then current_date - g % 200 end
                        from generate_series(1, :n) g""").param("body", body).param("n", n).update();
        jdbc.sql("""
                        insert into practice_replication (practice_id, region_code, since, recorded_by)
                        select p.id, s.code, current_date - (p.id % 100)::int, 'test' from practice p
                        join federal_subject s on s.sort_order <= 5
                        where p.title like 'Массовая практика %' and p.status = 'PUBLISHED'""").update();
        jdbc.sql("""
                        insert into catalogue_practice (smarteka_url, title, source_subject_id, category_id)
                        select 'https://smarteka.example/dashboard/' || g, 'Чужая практика ' || g,
                               (select id from federal_subject where sort_order = 1 + g % 89), (select min(id) from category)
                        from generate_series(1, :n) g""").param("n", n).update();
        jdbc.sql("""
                        insert into implementation (practice_id, body_id, status_code)
                        select cp.id, :body, (array['APPLIED','ROADMAP_DRAFT','IN_PROGRESS','IMPLEMENTED'])[1 + cp.id % 4]
                        from catalogue_practice cp where cp.smarteka_url like 'https://smarteka.example/dashboard/%'""")
                .param("body", body).update();
        jdbc.sql("""
                        insert into roadmap (implementation_id, start_date)
                        select i.id, current_date - 100 from implementation i join catalogue_practice cp on cp.id = i.practice_id
                        where cp.smarteka_url like 'https://smarteka.example/dashboard/%'""").update();
        jdbc.sql("""
                        insert into roadmap_activity (roadmap_id, number, title, due_date, weight, status_code, sort_order,
                                                      municipality_id)
                        select r.id, k::text, 'Мероприятие ' || k, current_date + (k * 20 - 50), k,
                               (array['PLANNED','IN_WORK','DONE','CANCELLED'])[1 + k % 4], k,
                               case when k = 1 then :municipality end
                        from roadmap r join implementation i on i.id = r.implementation_id
                        join catalogue_practice cp on cp.id = i.practice_id, generate_series(1, 5) k
                        where cp.smarteka_url like 'https://smarteka.example/dashboard/%'""")
                .param("municipality", municipality).update();
        jdbc.sql("""
                        insert into result_indicator (implementation_id, name, planned_value, achieved_value)
                        select i.id, 'Показатель', 10, (i.id % 15) from implementation i
                        join catalogue_practice cp on cp.id = i.practice_id
                        where cp.smarteka_url like 'https://smarteka.example/dashboard/%'""").update();
    }
}
