package ru.praktika.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.praktika.PraktikaTest;

/** A person's own profile: contacts and password change with the strength rule. */
@PraktikaTest
class AccountPageTest {

    private static final String PASSWORD = "Nachalny-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    AccountsTestData data;

    @Test
    void everyoneSeesTheirProfileAndKeepsTheirContacts() throws Exception {
        String me = data.officer("profile", PASSWORD);
        Document page = page(me, get("/account"));
        assertThat(page.select("h1").text()).isEqualTo("Мой профиль");
        assertThat(page.text()).contains("Министерство здравоохранения Амурской области", "Ответственный исполнитель");
        String version = page.select("#contacts-form input[name=version]").val();

        MvcResult saved = mvc.perform(post("/account/contacts").param("version", version)
                .param("position", "ведущий специалист").param("email", "new@amurzdrav.example").param("phone", "+7 (4162) 11-22-33")
                .with(users.as(me)).with(csrf())).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(data.user(me).getEmail()).isEqualTo("new@amurzdrav.example");

        Document wrong = page(me, post("/account/contacts").param("version", version).param("position", "другое")
                .param("email", "это не почта"));
        assertThat(wrong.select("#email.is-invalid")).hasSize(1);
        assertThat(wrong.select("#email").val()).isEqualTo("это не почта");
        assertThat(wrong.select("#position").val()).isEqualTo("другое");

        // The admin changed the person meanwhile: a stale form says so and saves nothing.
        Document stale = page(me, post("/account/contacts").param("version", "-1").param("position", "устаревшее"));
        assertThat(stale.select("#contacts-form .alert-danger").text()).contains("Ваши изменения не сохранены");
        assertThat(data.user(me).getPosition()).isEqualTo("ведущий специалист");
    }

    @Test
    void thePasswordChangesOnlyWithTheRightCurrentOneAndAStrongNewOne() throws Exception {
        String me = data.officer("password", PASSWORD);

        Document wrongCurrent = page(me, password("not-my-password", "Novy-parol-2026", "Novy-parol-2026"));
        assertThat(wrongCurrent.select("#currentPassword.is-invalid")).hasSize(1);
        assertThat(wrongCurrent.text()).contains("Текущий пароль указан неверно.");
        // Nothing typed into a password field is ever sent back.
        assertThat(wrongCurrent.select("input[type=password]")).allSatisfy(i -> assertThat(i.val()).isEmpty());

        Document weak = page(me, password(PASSWORD, "korotkiy1", "korotkiy1"));
        assertThat(weak.select("#newPassword.is-invalid")).hasSize(1);
        assertThat(weak.text()).contains("Пароль должен содержать не менее 10 символов.");

        Document withLogin = page(me, password(PASSWORD, me + "-2026x", me + "-2026x"));
        assertThat(withLogin.text()).contains("Пароль не должен содержать имя пользователя.");

        Document mismatch = page(me, password(PASSWORD, "Novy-parol-2026", "Novy-parol-2027"));
        assertThat(mismatch.select("#repeatPassword.is-invalid")).hasSize(1);
        assertThat(mismatch.text()).contains("Пароли не совпадают.");
        // The contacts form on the same page still shows the person's data.
        assertThat(mismatch.select("#email").val()).isEqualTo(me + "@test.example");

        MvcResult ok = mvc.perform(password(PASSWORD, "Novy-parol-2026", "Novy-parol-2026").with(users.as(me)).with(csrf()))
                .andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(mvc.perform(formLogin().user(me).password("Novy-parol-2026")).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/");
        assertThat(mvc.perform(formLogin().user(me).password(PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?error");
    }

    private MockHttpServletRequestBuilder password(String current, String fresh, String repeat) {
        return post("/account/password").param("currentPassword", current).param("newPassword", fresh)
                .param("repeatPassword", repeat);
    }

    private Document page(String username, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request.with(users.as(username)).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString());
    }
}
