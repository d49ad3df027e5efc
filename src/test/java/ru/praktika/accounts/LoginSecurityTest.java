package ru.praktika.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.praktika.PraktikaTest;
import ru.praktika.platform.MutableClock;

/** Throttling by client and login, one message for every refusal, session fixation, CSRF (forms and htmx), logout: the login as an attacker would try it. */
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
    @Autowired
    JdbcTemplate jdbc;

    private static final String OWNER = "192.0.2.10";

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aGuesserElsewhereIsSlowedThenBlockedWhileTheOwnerStillSignsInFromTheirOwnMachine() throws Exception {
        String username = data.officer("throttle", PASSWORD);
        clock.setTo(Instant.parse("2026-11-20T01:00:00Z"));
        int max = properties.maxFailedLogins();
        String guesser = "203.0.113.7";
        for (int i = 1; i <= max; i++) {
            assertThat(login(guesser, username, "wrong-" + i)).as("attempt " + i).isEqualTo("/login?error");
            clock.advance(Duration.ofMinutes(2)); // longer than any delay
        }
        assertThat(login(guesser, username, PASSWORD)).as("blocked: even the right password is not checked")
                .isEqualTo("/login?blocked");
        assertThat(login(OWNER, username, PASSWORD)).as("the owner's own machine is not blocked").isEqualTo("/");

        Document page = Jsoup.parse(mvc.perform(get("/login").param("blocked", "")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".alert-warning").text()).isEqualTo("Слишком много неудачных попыток входа с этого "
                + "устройства. Вход под этим именем с него временно закрыт, повторите попытку через 15 минут.");

        clock.advance(properties.lockDuration().minusMinutes(1));
        assertThat(login(guesser, username, PASSWORD)).as("still blocked a minute before the end").isEqualTo("/login?blocked");
        clock.advance(properties.lockDuration().plusMinutes(1));
        assertThat(login(guesser, username, PASSWORD)).as("quiet long enough: the block is over").isEqualTo("/");
    }

    @Test
    void attemptsInQuickSuccessionWaitLongerAndLonger() throws Exception {
        String username = data.officer("delay", PASSWORD);
        clock.setTo(Instant.parse("2026-11-20T02:00:00Z"));
        String client = "203.0.113.8";
        for (int i = 1; i <= properties.loginDelayAfter(); i++) {
            assertThat(login(client, username, "wrong-" + i)).isEqualTo("/login?error");
        }
        assertThat(login(client, username, PASSWORD)).as("at once after the third failure").isEqualTo("/login?wait");
        clock.advance(Duration.ofSeconds(3));
        assertThat(login(client, username, PASSWORD)).as("after the wait").isEqualTo("/");
        assertThat(Jsoup.parse(mvc.perform(get("/login").param("wait", "")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).select(".alert-warning").text())
                .isEqualTo("Слишком частые попытки входа. Подождите несколько секунд и повторите.");
    }

    @Test
    void parallelGuessesGetNoMoreThanTheLimitOfPasswordChecks() throws Exception {
        String username = data.officer("parallel", PASSWORD);
        String client = "203.0.113.9";
        int tries = properties.maxFailedLogins() * 3;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < tries; i++) {
                int n = i;
                answers.add(pool.submit(() -> login(client, username, "wrong-" + n)));
            }
            int checked = 0;
            for (Future<String> a : answers) {
                checked += "/login?error".equals(a.get()) ? 1 : 0;
            }
            assertThat(checked).as("password checks").isBetween(1, properties.maxFailedLogins());
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select attempts from login_throttle where client_address = ? and username = ?",
                Integer.class, client, username.toLowerCase())).as("every attempt counted").isEqualTo(tries);
        assertThat(login(client, username, PASSWORD)).isEqualTo("/login?blocked");
    }

    @Test
    void unknownSwitchedOffAndBlockedLoginsAllGetTheSameMessage() throws Exception {
        String off = data.officer("off", PASSWORD);
        AppUser user = data.user(off);
        mvc.perform(post("/admin/users/" + user.getId() + "/deactivate").with(users.as("admin")).with(csrf()));
        assertThat(login("198.51.100.1", off, PASSWORD)).as("switched off, right password").isEqualTo("/login?error");
        assertThat(login("198.51.100.1", off, "wrong")).as("switched off, wrong password").isEqualTo("/login?error");
        assertThat(login("198.51.100.1", "nobody." + System.nanoTime(), PASSWORD)).as("unknown").isEqualTo("/login?error");
        assertThat(login("198.51.100.1", "admin", "wrong")).as("wrong password").isEqualTo("/login?error");
    }

    @Test
    void theOperatorUnlocksALoginForEveryClient() throws Exception {
        String username = data.officer("unlock", PASSWORD);
        clock.setTo(Instant.parse("2026-11-20T03:00:00Z"));
        for (int i = 0; i <= properties.maxFailedLogins(); i++) {
            login(OWNER, username, "wrong-" + i);
            clock.advance(Duration.ofMinutes(2));
        }
        assertThat(login(OWNER, username, PASSWORD)).isEqualTo("/login?blocked");
        AppUser user = data.user(username);
        MvcResult unlocked = mvc.perform(post("/admin/users/" + user.getId() + "/unlock").with(users.as("admin"))
                .with(csrf())).andReturn();
        assertThat(unlocked.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + user.getId());
        assertThat(login(OWNER, username, PASSWORD)).isEqualTo("/");
    }

    @Test
    void aPasswordOverSeventyTwoBytesAtTheLoginIsAPlainFailure() throws Exception {
        String username = data.officer("long", PASSWORD);
        assertThat(login("198.51.100.2", username, PASSWORD + "я".repeat(40))).isEqualTo("/login?error");
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

    private String login(String client, String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(r -> {
                    r.setRemoteAddr(client);
                    return r;
                })).andReturn().getResponse().getRedirectedUrl();
    }
}
