package ru.praktika.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
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
 * The implementations list (a page of it), an implementation and its roadmap of 20 activities, and the
 * municipality's activities read at most {@value #LIMIT} statements, and the same number after 300 more
 * implementations with 20 activities each (some assigned to the municipality): no query per implementation,
 * roadmap or activity. Rolled back at the end.
 */
@PraktikaTest
@Import(SqlStatementCounter.class)
@Transactional
class AdoptionPagesStatementCountTest {

    static final int LIMIT = 12;
    private static final String MARK = "https://smarteka.example/adoption-count/";

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
        seed(1, "small");
        measure("small"); // warm the reference caches
        Map<String, Integer> small = measure("small");
        seed(300, "large");
        Map<String, Integer> large = measure("large");
        System.out.println("[statements] adoption pages, demo size " + small + "; larger " + large);

        assertThat(large).as("statements per request with more rows").isEqualTo(small);
        assertThat(large).allSatisfy((request, n) -> assertThat(n).as(request).isLessThanOrEqualTo(LIMIT));
    }

    private Map<String, Integer> measure(String tag) {
        Long implementation = jdbc.sql("""
                        select max(i.id) from implementation i join catalogue_practice cp on cp.id = i.practice_id
                        where cp.smarteka_url like :mark""").param("mark", MARK + tag + "/%").query(Long.class).single();
        Long roadmap = jdbc.sql("select id from roadmap where implementation_id = ?").param(implementation)
                .query(Long.class).single();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String username : List.of("coordinator", "officer.zdrav")) {
            count(counts, username, "list", "/adoption/implementations");
            count(counts, username, "list page 2", "/adoption/implementations?page=2");
            count(counts, username, "list filtered", "/adoption/implementations?status=IN_PROGRESS&bodyId="
                    + users.current("officer.zdrav").bodyId());
            count(counts, username, "implementation", "/adoption/implementations/" + implementation);
            count(counts, username, "roadmap", "/adoption/roadmaps/" + roadmap);
        }
        count(counts, "mun.blag", "municipal", "/adoption/municipal");
        return counts;
    }

    private void count(Map<String, Integer> counts, String username, String name, String url) {
        counts.put(username + " " + name, PageStatements.fromEmptyContext(mvc, em, users.as(username), url, LIMIT));
    }

    /** {@code n} implementations of officer.zdrav's body, each with a roadmap of 20 activities; every 5th activity for mun.blag. */
    private void seed(int n, String tag) {
        Long body = users.current("officer.zdrav").bodyId();
        Long municipality = users.current("mun.blag").municipalityId();
        String mark = MARK + tag + "/";
        jdbc.sql("""
                        insert into catalogue_practice (smarteka_url, title, source_subject_id, category_id)
                        select :mark || g, 'Практика для подсчёта ' || :tag || ' ' || g,
                               (select min(id) from federal_subject), (select min(id) from category)
                        from generate_series(1, :n) g""").param("mark", mark).param("tag", tag).param("n", n).update();
        jdbc.sql("""
                        insert into implementation (practice_id, body_id, status_code)
                        select cp.id, :body, (array['IN_PROGRESS','ROADMAP_DRAFT','APPLIED'])[1 + cp.id % 3]
                        from catalogue_practice cp where cp.smarteka_url like :mark || '%'""")
                .param("body", body).param("mark", mark).update();
        jdbc.sql("""
                        insert into roadmap (implementation_id, start_date)
                        select i.id, current_date - 100 from implementation i join catalogue_practice cp on cp.id = i.practice_id
                        where cp.smarteka_url like :mark || '%'""").param("mark", mark).update();
        jdbc.sql("""
                        insert into roadmap_activity (roadmap_id, number, title, due_date, weight, status_code, sort_order,
                                                      municipality_id)
                        select r.id, k::text, 'Мероприятие ' || k, current_date + (k * 10 - 100), 1,
                               (array['PLANNED','IN_WORK','DONE','CANCELLED'])[1 + k % 4], k,
                               case when k % 5 = 0 then :municipality end
                        from roadmap r join implementation i on i.id = r.implementation_id
                        join catalogue_practice cp on cp.id = i.practice_id, generate_series(1, 20) k
                        where cp.smarteka_url like :mark || '%'""")
                .param("municipality", municipality).param("mark", mark).update();
    }
}
