package ru.praktika.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.TestUsers;

/**
 * A list of more than 10 000 practices does not count them all: it says «более 10 000» and still pages; a
 * list below the cap shows its exact number. Rolled back.
 */
@PraktikaTest
@Transactional
class PracticeListCountCapTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void moreThanTenThousandIsSaidSoAndFewerAreCountedExactly() throws Exception {
        jdbc.sql("""
                        insert into practice (title, category_id, body_id, status, created_at, updated_at, summary)
                        select 'Счётный предел ' || g, (select min(id) from category), :body, 'DRAFT', now(), now(),
                               case when g <= 7 then 'Редчайшее слово квазиобразование' end
                        from generate_series(1, 10001) g""")
                .param("body", users.current("officer.zdrav").bodyId()).update();

        Document all = page("/practices");
        assertThat(all.getElementById("found").text()).isEqualTo("Найдено более 10 000 практик — уточните поиск или фильтры");
        assertThat(all.select("#practices-table tbody tr")).hasSize(20);

        Document few = page("/practices?q=квазиобразование");
        assertThat(few.getElementById("found").text()).isEqualTo("Найдено 7 практик");
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(users.as("coordinator"))).andReturn().getResponse().getContentAsString());
    }
}
