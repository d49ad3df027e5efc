package ru.praktika.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.TestUsers;

/** The pages render in Russian with the demo data; search understands Russian word forms. */
@PraktikaTest
class AdoptionPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    private String page(String user, String path) throws Exception {
        var response = mvc.perform(get(path).with(users.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html).doesNotContain("??");
        return html;
    }

    @Test
    void searchFindsPracticesByAWordInAnotherFormAndFilters() throws Exception {
        assertThat(results("officer.zdrav", "/adoption/catalogue?q=поликлиники")).contains("Поликлиника. Перезагрузка")
                .doesNotContain("Санаторий на дому");
        assertThat(results("officer.zdrav", "/adoption/catalogue?q=санатории")).contains("Санаторий на дому")
                .doesNotContain("Поликлиника. Перезагрузка");
        assertThat(results("officer.soc", "/adoption/catalogue?recommended=true")).contains("Санаторий на дому")
                .doesNotContain("Прогулка с врачом");
        assertThat(results("officer.zdrav", "/adoption/catalogue?studied=true")).contains("Поликлиника. Перезагрузка")
                .doesNotContain("Санаторий на дому");
    }

    /** The results table only (other tests share the database and the suggestions box). */
    private String results(String user, String path) throws Exception {
        String html = page(user, path);
        return html.substring(html.indexOf("id=\"catalogue-table\""));
    }

    @Test
    void suggestionsAreOfTheBodysCategoriesNotYetStudied() throws Exception {
        String html = page("officer.soc", "/adoption/catalogue");
        String suggestions = html.substring(html.indexOf("id=\"suggestions\""), html.indexOf("role=\"search\""));
        // Минсоцзащиты studied «Санаторий на дому» (demo) and does not answer for «Здравоохранение».
        assertThat(suggestions).doesNotContain("/adoption/catalogue/" + demoId("Санаторий на дому") + "\"")
                .doesNotContain("Поликлиника");
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Long demoId(String title) {
        return jdbc.queryForObject("select min(id) from catalogue_practice where title = ?", Long.class, title);
    }

    @Test
    void everyPageOfTheModuleRendersForItsReaders() throws Exception {
        page("coordinator", "/");
        page("officer.zdrav", "/");
        page("mun.blag", "/");
        page("officer.zdrav", "/adoption/implementations");
        page("observer", "/adoption/implementations");
        page("officer.zdrav", "/adoption/shortlist");
        page("officer.zdrav", "/adoption/settings");
        page("officer.zdrav", "/adoption/catalogue/import");
        page("officer.zdrav", "/adoption/catalogue/new");
        page("mun.blag", "/adoption/municipal");
        String list = page("coordinator", "/adoption/implementations");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/adoption/implementations/(\\d+)\"").matcher(list);
        while (m.find()) {
            String impl = page("coordinator", "/adoption/implementations/" + m.group(1));
            java.util.regex.Matcher r = java.util.regex.Pattern.compile("/adoption/roadmaps/(\\d+)\"").matcher(impl);
            if (r.find()) {
                String roadmap = page("coordinator", "/adoption/roadmaps/" + r.group(1));
                assertThat(roadmap).contains("id=\"timeline\"");
                if (roadmap.contains("id=\"versions-link\"")) {
                    page("coordinator", "/adoption/roadmaps/" + r.group(1) + "/versions?number=1&from=1&to=1");
                }
                mvc.perform(get("/adoption/roadmaps/" + r.group(1) + "/export").with(users.as("observer")))
                        .andExpect(status().isOk());
            }
        }
    }
}
