package ru.praktika.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.praktika.PraktikaTest;
import ru.praktika.platform.MutableClock;

/** Throttling, session fixation, CSRF (forms and htmx), logout: the login as an attacker would try it. */
@PraktikaTest
class LoginSecurityTest {

    private static final String PASSWORD = "Pravilny-2026";

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
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOneUntilTheLockEnds() throws Exception {
        String username = data.officer("throttle", PASSWORD);
        clock.setTo(java.time.Instant.parse("2026-11-20T01:00:00Z"));
        for (int i = 1; i <= 4; i++) {
            assertThat(login(username, "wrong-" + i)).isEqualTo("/login?error");
        }
        assertThat(login(username, "wrong-5")).isEqualTo("/login?error");
        assertThat(login(username, PASSWORD)).as("locked: even the right password is refused").isEqualTo("/login?locked");

        Document page = Jsoup.parse(mvc.perform(get("/login").param("locked", "")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".alert-warning").text())
                .isEqualTo("Слишком много неудачных попыток входа. Учётная запись временно заблокирована, повторите попытку через 15 минут.");

        clock.advance(properties.lockDuration().minusMinutes(1));
        assertThat(login(username, PASSWORD)).as("still locked a minute before the end").isEqualTo("/login?locked");
        clock.advance(Duration.ofMinutes(2));
        assertThat(login(username, PASSWORD)).as("the lock is over").isEqualTo("/");
        // A successful login starts the count afresh.
        for (int i = 1; i <= 4; i++) {
            login(username, "wrong-" + i);
        }
        assertThat(login(username, PASSWORD)).isEqualTo("/");
    }

    @Test
    void theSessionIdChangesOnLogin() throws Exception {
        String username = data.officer("fixation", PASSWORD);
        BrowserSession browser = new BrowserSession(mvc);
        browser.perform(get("/login"));
        String before = browser.sessionId();
        assertThat(before).as("the login page opens a session for its CSRF token").isNotNull();
        MvcResult r = browser.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()));
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(browser.perform(get("/")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aPostWithoutOrWithABadCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        String username = data.officer("csrf", PASSWORD);
        String positionBefore = data.user(username).getPosition();
        MvcResult none = mvc.perform(post("/account/contacts").param("position", "подделка").with(users.as(username)))
                .andReturn();
        assertThat(none.getResponse().getRedirectedUrl()).isEqualTo("/session-expired");
        MvcResult bad = mvc.perform(post("/account/contacts").param("position", "подделка")
                .with(users.as(username)).with(csrf().useInvalidToken())).andReturn();
        assertThat(bad.getResponse().getRedirectedUrl()).isEqualTo("/session-expired");
        assertThat(data.user(username).getPosition()).isEqualTo(positionBefore);

        Document expired = Jsoup.parse(mvc.perform(get("/session-expired")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(expired.select("h1").text()).isEqualTo("Сеанс истёк");
    }

    @Test
    void htmxRequestsCarryTheTokenFromTheMetaTag() throws Exception {
        String script = new String(new ClassPathResource("static/js/app.js").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(script).contains("htmx:configRequest", "meta[name=\"_csrf\"]", "meta[name=\"_csrf_header\"]",
                "event.detail.headers[header.content] = token.content");

        // What the script does, done by hand: read the meta tags of a page, send the header on a write.
        String username = data.officer("htmx", PASSWORD);
        BrowserSession browser = new BrowserSession(mvc);
        browser.perform(get("/login"));
        browser.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()));
        Document page = Jsoup.parse(browser.perform(get("/account")).getResponse().getContentAsString(StandardCharsets.UTF_8));
        String header = page.select("meta[name=_csrf_header]").attr("content");
        String token = page.select("meta[name=_csrf]").attr("content");
        assertThat(header).isEqualTo("X-CSRF-TOKEN");
        assertThat(token).isNotBlank();
        String version = page.select("#contacts-form input[name=version]").val();
        MvcResult withHeader = browser.perform(post("/account/contacts").header("HX-Request", "true").header(header, token)
                .param("version", version).param("position", "через htmx"));
        assertThat(withHeader.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(data.user(username).getPosition()).isEqualTo("через htmx");
        MvcResult withoutHeader = browser.perform(post("/account/contacts").header("HX-Request", "true")
                .param("version", version).param("position", "без токена"));
        assertThat(withoutHeader.getResponse().getRedirectedUrl()).isEqualTo("/session-expired");
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        String username = data.officer("logout", PASSWORD);
        BrowserSession browser = new BrowserSession(mvc);
        browser.perform(get("/login"));
        browser.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()));
        assertThat(browser.perform(get("/")).getResponse().getStatus()).isEqualTo(200);
        MvcResult out = browser.perform(post("/logout").with(csrf()));
        assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/login?logout");
        MvcResult after = browser.perform(get("/"));
        assertThat(after.getResponse().getStatus()).isEqualTo(302);
        assertThat(after.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    private String login(String username, String password) throws Exception {
        return mvc.perform(formLogin().user(username).password(password)).andReturn().getResponse().getRedirectedUrl();
    }
}
