package ru.praktika.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.praktika.PraktikaTest;
import ru.praktika.platform.MutableClock;

/**
 * Access ends when it is taken away: every change of a person's access ends their sessions (in the shared
 * session table, so on every instance), the next request lands on the login page with a message; the
 * absolute lifetime ends even a busy session.
 */
@PraktikaTest
class SessionEndTest {

    private static final String PASSWORD = "Seansovy-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    AccountsTestData data;
    @Autowired
    MutableClock clock;
    @Autowired
    AccountsProperties properties;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void switchingAUserOffEndsTheirSessions() throws Exception {
        String username = data.officer("session.off", PASSWORD);
        BrowserSession first = signedIn(username);
        BrowserSession second = signedIn(username);
        admin(post("/admin/users/" + data.user(username).getId() + "/deactivate"));
        assertEnded(first);
        assertEnded(second);
    }

    @Test
    void changingRolesEndsTheSessions() throws Exception {
        String username = data.officer("session.role", PASSWORD);
        BrowserSession browser = signedIn(username);
        AppUser user = data.user(username);
        admin(userForm(post("/admin/users/" + user.getId()), user, "HEAD", data.bodyId("minzdrav")));
        assertThat(data.user(username).getRoles()).containsExactly(ru.praktika.platform.security.Role.HEAD);
        assertEnded(browser);
    }

    @Test
    void movingAUserToAnotherBodyEndsTheSessions() throws Exception {
        String username = data.officer("session.body", PASSWORD);
        BrowserSession browser = signedIn(username);
        AppUser user = data.user(username);
        admin(userForm(post("/admin/users/" + user.getId()), user, "OFFICER", data.bodyId("minsport")));
        assertEnded(browser);
    }

    @Test
    void editingOnlyContactsKeepsTheSessions() throws Exception {
        String username = data.officer("session.contacts", PASSWORD);
        BrowserSession browser = signedIn(username);
        AppUser user = data.user(username);
        admin(userForm(post("/admin/users/" + user.getId()), user, "OFFICER", data.bodyId("minzdrav"))
                .param("position", "другая должность"));
        assertThat(browser.perform(get("/")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aTemporaryPasswordFromTheAdminEndsTheSessions() throws Exception {
        String username = data.officer("session.reset", PASSWORD);
        BrowserSession browser = signedIn(username);
        admin(post("/admin/users/" + data.user(username).getId() + "/password").param("password", "Vremenny-2099"));
        assertEnded(browser);
    }

    @Test
    void oneOwnPasswordChangeEndsTheOtherSessionsOnly() throws Exception {
        String username = data.officer("session.own", PASSWORD);
        BrowserSession here = signedIn(username);
        BrowserSession elsewhere = signedIn(username);
        MvcResult changed = here.perform(post("/account/password").with(csrf()).param("currentPassword", PASSWORD)
                .param("newPassword", "Noviy-parol-2027").param("repeatPassword", "Noviy-parol-2027"));
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(here.perform(get("/")).getResponse().getStatus()).as("the session that changed it stays").isEqualTo(200);
        assertEnded(elsewhere);
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeHoweverActive() throws Exception {
        String username = data.officer("session.lifetime", PASSWORD);
        BrowserSession browser = signedIn(username);
        clock.advance(properties.sessionLifetime().minusMinutes(5));
        assertThat(browser.perform(get("/")).getResponse().getStatus()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(10));
        assertEnded(browser);
    }

    private BrowserSession signedIn(String username) throws Exception {
        BrowserSession browser = new BrowserSession(mvc);
        browser.perform(get("/login"));
        MvcResult r = browser.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()));
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(browser.perform(get("/")).getResponse().getStatus()).isEqualTo(200);
        return browser;
    }

    private void assertEnded(BrowserSession browser) throws Exception {
        MvcResult next = browser.perform(get("/"));
        assertThat(next.getResponse().getRedirectedUrl()).isEqualTo("/login?ended");
        String page = browser.perform(get("/login").param("ended", "")).getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(page).select(".alert-info").text())
                .isEqualTo("Сеанс работы завершён: истёк его срок или изменились ваши права доступа. Войдите снова.");
        // Nor does a write get through.
        MvcResult write = browser.perform(post("/account/contacts").with(csrf()).param("position", "после конца"));
        assertThat(write.getResponse().getStatus()).isIn(302, 403);
    }

    private void admin(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request.with(users.as("admin")).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
    }

    private MockHttpServletRequestBuilder userForm(MockHttpServletRequestBuilder request, AppUser user, String role,
                                                   Long bodyId) {
        return request.param("username", user.getUsername()).param("fullName", user.getFullName())
                .param("email", user.getEmail()).param("roles", role).param("bodyId", bodyId.toString())
                .param("version", String.valueOf(user.getVersion()));
    }
}
