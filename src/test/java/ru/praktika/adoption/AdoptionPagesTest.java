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
        String html = mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("??");
        return html;
    }

    @Test
    void searchFindsPracticesByAWordInAnotherFormAndFilters() throws Exception {
        assertThat(page("officer.zdrav", "/adoption/catalogue?q=поликлиники")).contains("Поликлиника. Перезагрузка")
                .doesNotContain("Санаторий на дому");
        assertThat(page("officer.zdrav", "/adoption/catalogue?q=реабилитацию+пожилых")).contains("Санаторий на дому");
        assertThat(page("officer.soc", "/adoption/catalogue?recommended=true")).contains("Санаторий на дому")
                .doesNotContain("Прогулка с врачом");
        assertThat(page("officer.zdrav", "/adoption/catalogue?studied=true")).contains("Поликлиника. Перезагрузка")
                .doesNotContain("Санаторий на дому");
    }

    @Test
    void suggestionsAreOfTheBodysCategoriesNotYetStudied() throws Exception {
        String html = page("officer.soc", "/adoption/catalogue");
        String suggestions = html.substring(html.indexOf("id=\"suggestions\""), html.indexOf("role=\"search\""));
        assertThat(suggestions).doesNotContain("Санаторий на дому").doesNotContain("Поликлиника");
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
                page("coordinator", "/adoption/roadmaps/" + r.group(1) + "/versions?number=1&from=1&to=1");
                mvc.perform(get("/adoption/roadmaps/" + r.group(1) + "/export").with(users.as("observer")))
                        .andExpect(status().isOk());
            }
        }
    }
}
