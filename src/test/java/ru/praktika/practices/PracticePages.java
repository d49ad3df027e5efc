package ru.praktika.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.praktika.accounts.TestUsers;
import ru.praktika.directory.Directory;

/**
 * The practices pages as the web tests of every step use them: a complete card typed in, a practice created
 * by a demo user, a move of its application, a page read. Each test creates its own practices.
 */
public class PracticePages {

    private final MockMvc mvc;
    private final TestUsers users;
    private final Directory directory;

    public PracticePages(MockMvc mvc, TestUsers users, Directory directory) {
        this.mvc = mvc;
        this.users = users;
        this.directory = directory;
    }

    public Long category(String code) {
        return directory.categories().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    public Long body(String code) {
        return directory.bodies().stream().filter(b -> b.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    /** Every section of the card filled in (a health practice), so the application may leave the draft. */
    public MockHttpServletRequestBuilder card(MockHttpServletRequestBuilder b, String title, String summary) {
        return card(b, title, summary, "health");
    }

    public MockHttpServletRequestBuilder card(MockHttpServletRequestBuilder b, String title, String summary,
                                              String category) {
        return b.with(csrf())
                .param("title", title).param("categoryId", category(category).toString())
                .param("leaderName", "Соколов Игорь Викторович").param("leaderPosition", "главный специалист-эксперт")
                .param("leaderPhone", "+7 (4162) 20-00-01").param("summary", summary)
                .param("problem", "Сельские жители редко проходят диспансеризацию")
                .param("algorithm", "Составить график выездов\nПровести обследования\nПередать результаты")
                .param("results", "Охват вырос").param("resourcesStaff", "Две бригады")
                .param("periodStart", "01.02.2025")
                .param("indicators[0].name", "Охват").param("indicators[0].unit", "%")
                .param("indicators[0].baseValue", "38").param("indicators[0].achievedValue", "61.5")
                .param("indicators[0].measuredOn", "01.10.2026");
    }

    public Long createPractice(String user, String title, String summary) throws Exception {
        MockHttpServletResponse r = mvc.perform(card(post("/practices"), title, summary).with(users.as(user)))
                .andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(302);
        return Long.valueOf(r.getRedirectedUrl().substring("/practices/".length()));
    }

    /** Moves the application; {@code params} are name, value pairs. Returns the HTTP status. */
    public int move(String user, Long id, String target, String... params) throws Exception {
        MockHttpServletRequestBuilder b = post("/practices/" + id + "/status").with(csrf()).with(users.as(user))
                .param("target", target);
        for (int i = 0; i < params.length; i += 2) {
            b = b.param(params[i], params[i + 1]);
        }
        return mvc.perform(b).andReturn().getResponse().getStatus();
    }

    public String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andReturn().getResponse().getContentAsString();
    }

    /** Evidence of criterion в) (an ASI decision) by Минздрав's officer. */
    public void addAsiEvidence(Long id) throws Exception {
        MockHttpServletResponse r = mvc.perform(multipart("/practices/" + id + "/evidence").with(csrf())
                .with(users.as("officer.zdrav")).param("criterionCode", "ASI_LEADERSHIP").param("number", "244")
                .param("date", "01.09.2025")).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(302);
    }
}
