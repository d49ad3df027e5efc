package ru.praktika.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
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
import ru.praktika.web.PageStatements;

/**
 * The reporting board, a body's report page (assembled live from its practices and implementations), the
 * consolidated report page and its exports read at most {@value #LIMIT} statements, and the same number after
 * 200 more practices and implementations (with overdue activities) of one body and reports of other years for
 * every body. Rolled back at the end.
 */
@PraktikaTest
@Import(SqlStatementCounter.class)
@Transactional
class ReportingPagesStatementCountTest {

    static final int LIMIT = 12;
    private static final String MARK = "https://smarteka.example/reporting-count/";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EntityManager em;
    @Autowired
    ReportingSchedule schedule;
    @Autowired
    Clock clock;

    @Test
    void statementsPerRequestStayWithinTheLimitAndDoNotGrowWithTheData() {
        measure(); // warm the reference caches
        Map<String, Integer> small = measure();
        seed(200);
        Map<String, Integer> large = measure();
        System.out.println("[statements] reporting pages, demo size " + small + "; larger " + large);

        assertThat(large).as("statements per request with more rows").isEqualTo(small);
        assertThat(large).allSatisfy((request, n) -> assertThat(n).as(request).isLessThanOrEqualTo(LIMIT));
    }

    private Map<String, Integer> measure() {
        LocalDate today = LocalDate.now(clock);
        String period = schedule.lastEnded(today).code();
        String year = String.valueOf(today.getYear());
        Long body = users.current("officer.zdrav").bodyId();
        Map<String, Integer> counts = new LinkedHashMap<>();
        count(counts, "coordinator", "/reporting/board");
        count(counts, "coordinator", "/reporting/board?period=" + period);
        count(counts, "officer.zdrav", "/reporting");
        count(counts, "officer.zdrav", "/reporting/bodies/" + body + "/" + period);
        count(counts, "coordinator", "/reporting/bodies/" + body + "/" + period);
        count(counts, "coordinator", "/reporting/consolidated");
        count(counts, "coordinator", "/reporting/consolidated?scope=" + year);
        for (String format : List.of("docx", "xlsx", "pdf")) {
            count(counts, "coordinator", "/reporting/consolidated/export." + format + "?scope=" + year);
        }
        return counts;
    }

    private void count(Map<String, Integer> counts, String username, String url) {
        counts.put(username + " " + url, PageStatements.fromEmptyContext(mvc, em, users.as(username), url, LIMIT));
    }

    /** {@code n} practices and implementations of officer.zdrav's body, and reports of 2031–2035 for every body. */
    private void seed(int n) {
        Long body = users.current("officer.zdrav").bodyId();
        jdbc.sql("""
                        insert into practice (title, category_id, body_id, status, created_at, updated_at, published_on)
                        select 'Практика отчёта ' || g, (select min(id) from category), :body,
                               (array['DRAFT','READY','SUBMITTED','RETURNED','PUBLISHED'])[1 + g % 5], now(), now(),
                               case when g % 5 = 4 then current_date - g % 200 end
                        from generate_series(1, :n) g""").param("body", body).param("n", n).update();
        jdbc.sql("""
                        insert into catalogue_practice (smarteka_url, title, source_subject_id, category_id)
                        select :mark || g, 'Чужая практика отчёта ' || g,
                               (select id from federal_subject where sort_order = 1 + g % 89), (select min(id) from category)
                        from generate_series(1, :n) g""").param("mark", MARK).param("n", n).update();
        jdbc.sql("""
                        insert into implementation (practice_id, body_id, status_code, planned_result)
                        select cp.id, :body, (array['APPLIED','ROADMAP_DRAFT','IN_PROGRESS','IMPLEMENTED'])[1 + cp.id % 4],
                               'Результат'
                        from catalogue_practice cp where cp.smarteka_url like :mark || '%'""")
                .param("body", body).param("mark", MARK).update();
        jdbc.sql("""
                        insert into roadmap (implementation_id, start_date, approved_at, approved_by)
                        select i.id, current_date - 400, now(), 'test' from implementation i
                        join catalogue_practice cp on cp.id = i.practice_id where cp.smarteka_url like :mark || '%'""")
                .param("mark", MARK).update();
        jdbc.sql("""
                        insert into roadmap_activity (roadmap_id, number, title, due_date, weight, status_code, sort_order)
                        select r.id, k::text, 'Мероприятие ' || k, current_date - 300 + k * 30, 1, 'PLANNED', k
                        from roadmap r join implementation i on i.id = r.implementation_id
                        join catalogue_practice cp on cp.id = i.practice_id, generate_series(1, 5) k
                        where cp.smarteka_url like :mark || '%'""").param("mark", MARK).update();
        jdbc.sql("""
                        insert into body_report (body_id, period_code, period_start, period_end, deadline, status,
                                                 first_submitted_at, late)
                        select b.id, y || '-Q' || q, make_date(y, q * 3 - 2, 1), make_date(y, q * 3 - 2, 1) + interval '3 months' - interval '1 day',
                               make_date(y, q * 3 - 2, 1) + interval '3 months' + interval '14 days', 'ACCEPTED', now(), q = 2
                        from responsible_body b, generate_series(2031, 2035) y, generate_series(1, 4) q""").update();
    }
}
