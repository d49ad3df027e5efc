package ru.praktika.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import ru.praktika.accounts.TestUsers;

/**
 * Grows the shared database to about ten times the demo's rows for the statement-count tests, with set-based
 * inserts of rows of its own (titles starting «Счётная», Smarteka addresses under smarteka.example/count-12b/):
 * own practices in every status for the officer's body (some ready for the head, some returned with a comment),
 * catalogue practices, and implementations with roadmaps of five activities, one overdue. Call it inside a
 * rolled-back test transaction.
 */
public final class GrowData {

    private GrowData() {
    }

    /** Nine times the rows already there (at least 300 of each), so the total is about ten times. */
    public static void tenfold(JdbcClient jdbc, TestUsers users) {
        Long body = users.current("officer.zdrav").bodyId();
        Long municipality = users.current("mun.blag").municipalityId();
        int practices = Math.max(300, 9 * count(jdbc, "practice"));
        int catalogue = Math.max(300, 9 * count(jdbc, "catalogue_practice"));
        jdbc.sql("""
                        insert into practice (title, category_id, body_id, municipality_id, status, created_at, updated_at,
                                              period_start, published_on, summary)
                        select 'Счётная практика ' || g, (select min(id) from category), :body,
                               case when g % 3 = 0 then :municipality end,
                               (array['DRAFT','READY','SUBMITTED','RETURNED','PUBLISHED'])[1 + g % 5], now(), now(),
                               date '2020-01-01' + g % 2000, case when g % 5 = 4 then current_date - g % 200 end,
                               'Здоровье жителей и доступная медицинская помощь ' || g
                        from generate_series(1, :n) g""")
                .param("body", body).param("municipality", municipality).param("n", practices).update();
        jdbc.sql("""
                        insert into placement_step (practice_id, from_status, to_status, effective_on, at, by_username, by_name, comment)
                        select p.id, 'SUBMITTED', 'RETURNED', current_date, now(), 'test', 'Тест', 'Уточнить результаты'
                        from practice p where p.title like 'Счётная практика %' and p.status = 'RETURNED'""").update();
        jdbc.sql("""
                        insert into catalogue_practice (smarteka_url, title, source_subject_id, category_id, summary, recommended)
                        select 'https://smarteka.example/count-12b/' || g, 'Счётная чужая практика ' || g,
                               (select id from federal_subject where sort_order = 1 + g % 89), (select min(id) from category),
                               'Врач общей практики и профилактика ' || g, g % 7 = 0
                        from generate_series(1, :n) g""").param("n", catalogue).update();
        jdbc.sql("""
                        insert into implementation (practice_id, body_id, status_code)
                        select cp.id, :body, (array['APPLIED','ROADMAP_DRAFT','IN_PROGRESS','IMPLEMENTED'])[1 + cp.id % 4]
                        from catalogue_practice cp where cp.smarteka_url like 'https://smarteka.example/count-12b/%'
                          and cp.id % 3 = 0""").param("body", body).update();
        jdbc.sql("""
                        insert into roadmap (implementation_id, start_date)
                        select i.id, current_date - 100 from implementation i join catalogue_practice cp on cp.id = i.practice_id
                        where cp.smarteka_url like 'https://smarteka.example/count-12b/%'""").update();
        jdbc.sql("""
                        insert into roadmap_activity (roadmap_id, number, title, due_date, weight, status_code, sort_order,
                                                      municipality_id)
                        select r.id, k::text, 'Счётное мероприятие ' || k, current_date + (k * 20 - 50), k,
                               (array['PLANNED','IN_WORK','DONE','CANCELLED'])[1 + k % 4], k,
                               case when k = 1 then :municipality end
                        from roadmap r join implementation i on i.id = r.implementation_id
                        join catalogue_practice cp on cp.id = i.practice_id, generate_series(1, 5) k
                        where cp.smarteka_url like 'https://smarteka.example/count-12b/%'""")
                .param("municipality", municipality).update();
    }

    private static int count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
