package ru.praktika.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.TestUsers;
import ru.praktika.adoption.AdoptionFixtures;
import ru.praktika.adoption.catalogue.CataloguePractice;
import ru.praktika.directory.Directory;
import ru.praktika.practices.PracticePages;

/**
 * A save that loses the race at the database (the form's version was current when read, another save
 * committed before ours) arrives as Hibernate's stale-state failure at flush or commit, not as the form's own
 * version check. Every form keeps what was typed and says who changed the record, never the bare 409 page.
 */
@PraktikaTest
class EditConflictTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Directory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired AdoptionFixtures adoption;

    @Test
    void thePracticeCardKeepsWhatWasTypedAndNamesTheEditor() throws Exception {
        PracticePages pages = new PracticePages(mvc, users, directory);
        Long id = pages.createPractice("officer.zdrav", "Гонка сохранений", "Первое описание");
        long version = jdbc.queryForObject("select version from practice where id = ?", Long.class, id);
        Document page;
        try (StaleWrites race = StaleWrites.on(jdbc, "practice", id)) {
            page = form(pages.card(post("/practices/" + id), "Гонка сохранений", "Моё новое описание")
                    .param("version", String.valueOf(version)).with(users.as("officer.zdrav")));
        }
        assertThat(page.select("#form-errors").text()).contains("Соколов Игорь Викторович");
        assertThat(page.select("textarea[name=summary]").text()).isEqualTo("Моё новое описание");
    }

    @Test
    void theAdminsUserFormKeepsWhatWasTypedAndNamesTheEditor() throws Exception {
        Long id = jdbc.queryForObject("select id from app_user where username = 'observer'", Long.class);
        long version = jdbc.queryForObject("select version from app_user where id = ?", Long.class, id);
        Document page;
        try (StaleWrites race = StaleWrites.on(jdbc, "app_user", id)) {
            page = form(post("/admin/users/" + id).param("username", "observer").param("fullName", "Набранное имя")
                    .param("roles", "OBSERVER").param("version", String.valueOf(version))
                    .with(users.as("admin")).with(csrf()));
        }
        assertThat(page.select("#form-errors").text()).contains("Пока вы редактировали, запись изменил(а)");
        assertThat(page.select("#fullName").val()).isEqualTo("Набранное имя");
    }

    @Test
    void theOwnProfileKeepsWhatWasTyped() throws Exception {
        Long id = jdbc.queryForObject("select id from app_user where username = 'head.soc'", Long.class);
        long version = jdbc.queryForObject("select version from app_user where id = ?", Long.class, id);
        Document page;
        try (StaleWrites race = StaleWrites.on(jdbc, "app_user", id)) {
            page = form(post("/account/contacts").param("position", "набранная должность")
                    .param("email", "typed@test.example").param("phone", "")
                    .param("version", String.valueOf(version)).with(users.as("head.soc")).with(csrf()));
        }
        assertThat(page.text()).contains("запись изменил(а)");
        assertThat(page.select("input[name=position]").val()).isEqualTo("набранная должность");
    }

    @Test
    void theCatalogueCardKeepsWhatWasTyped() throws Exception {
        CataloguePractice practice = adoption.practice("Практика для гонки", "Алгоритм");
        Document page;
        try (StaleWrites race = StaleWrites.on(jdbc, "catalogue_practice", practice.getId())) {
            page = form(post("/adoption/catalogue/" + practice.getId())
                    .param("version", String.valueOf(practice.getVersion()))
                    .param("smartekaUrl", practice.getSmartekaUrl()).param("title", "Набранное название")
                    .param("subjectId", practice.getSourceSubjectId().toString())
                    .param("categoryId", practice.getCategoryId().toString())
                    .with(users.as("coordinator")).with(csrf()));
        }
        assertThat(page.text()).contains("Пока вы редактировали, запись изменил(а)");
        assertThat(page.select("input[name=title]").val()).isEqualTo("Набранное название");
    }

    private Document form(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isIn(200, 409, 422);
        return Jsoup.parse(r.getResponse().getContentAsString());
    }
}
