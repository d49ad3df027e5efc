package ru.praktika.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
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
 * The audit journal's page of one type reads at most {@value #LIMIT} statements, and the same number after 600 more
 * revisions of implementations (each naming a body, a status and a practice): the shown page's states and the
 * names they refer to are read for the page at once, not per row or per value. Rolled back at the end.
 */
@PraktikaTest
@Import(SqlStatementCounter.class)
@Transactional
class AuditStatementCountTest {

    /**
     * Not the 12: besides the shell's own (session, password check, bell, filters) a page reads two
     * statements per audited type it shows (states, their revisions) and one per kind of record they name.
     */
    static final int LIMIT = 16;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EntityManager em;

    @Test
    void statementsPerRequestStayWithinTheLimitAndDoNotGrowWithTheData() {
        seed(120, "small"); // enough for two full pages of its own rows
        measure(); // warm the reference caches
        Map<String, Integer> small = measure();
        seed(600, "large");
        Map<String, Integer> large = measure();
        System.out.println("[statements] audit journal, demo size " + small + "; larger " + large);

        assertThat(large).as("statements per request with more revisions").isEqualTo(small);
        assertThat(large).allSatisfy((request, n) -> assertThat(n).as(request).isLessThanOrEqualTo(LIMIT));
    }

    private Map<String, Integer> measure() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        count(counts, "coordinator", "/audit");
        count(counts, "coordinator", "/audit?type=Implementation&page=2");
        count(counts, "coordinator", "/audit?type=Implementation");
        count(counts, "observer", "/audit?user=audit.count");
        return counts;
    }

    private void count(Map<String, Integer> counts, String username, String url) {
        counts.put(username + " " + url, PageStatements.fromEmptyContext(mvc, em, users.as(username), url, LIMIT));
    }

    /**
     * {@code n} revisions by one author, each adding or changing one of n/3 implementations of a demo practice
     * (bodies and statuses vary, so the rows name different references).
     */
    private void seed(int n, String tag) {
        Long practice = jdbc.sql("select min(id) from catalogue_practice").query(Long.class).single();
        Long firstRev = jdbc.sql("select coalesce(max(rev), 0) + 1 from revinfo").query(Long.class).single();
        jdbc.sql("""
                        insert into revinfo (rev, revtstmp, username, user_full_name, body_id)
                        select :first + g, extract(epoch from now()) * 1000 + g, 'audit.count', 'Счётчик Запросов',
                               (select min(id) from responsible_body)
                        from generate_series(0, :n - 1) g""").param("first", firstRev).param("n", n).update();
        Long firstId = jdbc.sql("select coalesce(max(id), 0) + 1000000 from implementation_aud").query(Long.class).single();
        jdbc.sql("""
                        insert into implementation_aud (id, rev, revtype, practice_id, body_id, status_code, planned_result)
                        select :firstId + g % (:n / 3), :first + g, case when g < :n / 3 then 0 else 1 end, :practice,
                               (select id from responsible_body order by id offset g % 5 limit 1),
                               (array['STUDY','APPLIED','IN_PROGRESS'])[1 + g % 3], 'План ' || :tag || ' ' || g
                        from generate_series(0, :n - 1) g""")
                .param("firstId", firstId).param("first", firstRev).param("n", n).param("practice", practice)
                .param("tag", tag).update();
    }
}
