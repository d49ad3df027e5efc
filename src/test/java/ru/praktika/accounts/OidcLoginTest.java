package ru.praktika.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.ResponsibleBodyRepository;
import ru.praktika.platform.security.Role;

/**
 * Login through the organisation's OIDC provider: the provider proves who someone is, the local user
 * (found by login name, then e-mail) decides what they may do. The browser's redirects are followed by
 * hand: MockMvc for Praktika, a plain HTTP client for the provider.
 */
class OidcLoginTest extends ProductionStartContext {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserRepository users;
    @Autowired
    ResponsibleBodyRepository bodies;

    @Test
    void theLoginPageOffersTheProvider() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(page).select("a[href=/oauth2/authorization/keycloak]").text()).isEqualTo("Войти через Keycloak");
        assertThat(Jsoup.parse(page).select(".alert")).as("no message on a plain login page").isEmpty();
    }

    @Test
    void aKnownUserLandsOnTheHomePageWithTheirLocalRoles() throws Exception {
        localOfficer("sokolova.oidc", "sokolova@amurzdrav.example");
        BrowserSession browser = signIn(Map.of("preferred_username", "sokolova.oidc", "email", "other@example.ru"));
        assertThat(browser.perform(get("/")).getResponse().getStatus()).isEqualTo(200);
        String home = browser.perform(get("/")).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(home).select("h1").text()).isEqualTo("Здравствуйте, Соколова Мария Ивановна!");
        // Local roles: an officer of Minzdrav sees their body's page and not the coordinator's.
        Long minzdrav = bodies.findByCode("minzdrav").orElseThrow().getId();
        assertThat(browser.perform(get("/directory/bodies/" + minzdrav)).getResponse().getStatus()).isEqualTo(200);
        assertThat(browser.perform(get("/directory/assignments")).getResponse().getStatus()).isEqualTo(403);
        assertThat(users.findByUsernameIgnoreCase("sokolova.oidc").orElseThrow().getLastLoginAt()).isNotNull();
    }

    @Test
    void aUserIsAlsoFoundByEmail() throws Exception {
        localOfficer("lebedev.oidc", "lebedev@amurzdrav.example");
        BrowserSession browser = signIn(Map.of("preferred_username", "a.lebedev@corp", "email", "Lebedev@AmurZdrav.example"));
        String home = browser.perform(get("/")).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(home).select("h1").text()).isEqualTo("Здравствуйте, Лебедев Андрей Олегович!");
    }

    @Test
    void anUnknownOrSwitchedOffUserIsSentBackWithTheRussianMessage() throws Exception {
        BrowserSession unknown = new BrowserSession(mvc);
        String landing = signIn(unknown, Map.of("preferred_username", "nobody.here", "email", "nobody@example.ru"));
        assertThat(landing).endsWith("/login?oidc-unknown");
        String page = unknown.perform(get("/login?oidc-unknown")).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(page).select(".alert-danger").text())
                .startsWith("Вход через единую учётную запись выполнен, но в «Практике» нет активного пользователя");
        assertThat(unknown.perform(get("/")).getResponse().getStatus()).as("not signed in").isEqualTo(302);

        localOfficer("switched.off", "off@amurzdrav.example");
        switchOff("switched.off");
        BrowserSession off = new BrowserSession(mvc);
        assertThat(signIn(off, Map.of("preferred_username", "switched.off"))).endsWith("/login?oidc-unknown");
    }

    @Test
    void aForgedOrStaleAnswerFromTheProviderIsRefusedWithItsOwnMessage() throws Exception {
        BrowserSession browser = new BrowserSession(mvc);
        MvcResult forged = browser.perform(get(URI.create("http://localhost/login/oauth2/code/keycloak?code=abc&state=forged")));
        assertThat(forged.getResponse().getRedirectedUrl()).isEqualTo("/login?oidc-error");
        String page = browser.perform(get("/login?oidc-error")).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(page).select(".alert-danger").text()).startsWith("Не удалось войти через единую учётную запись");
        assertThat(browser.perform(get("/")).getResponse().getStatus()).isEqualTo(302);
    }

    private BrowserSession signIn(Map<String, Object> claims) throws Exception {
        BrowserSession browser = new BrowserSession(mvc);
        assertThat(signIn(browser, claims)).isIn("/", "http://localhost/");
        return browser;
    }

    /** Praktika → provider → Praktika, as a browser follows it; returns where Praktika sends the person. */
    private String signIn(BrowserSession browser, Map<String, Object> claims) throws Exception {
        nextLoginAs(claims);
        MvcResult start = browser.perform(get("/oauth2/authorization/keycloak"));
        String authorize = start.getResponse().getRedirectedUrl();
        assertThat(authorize).startsWith(OIDC.issuerUrl(ISSUER).toString());
        HttpResponse<String> provider = http.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String callback = provider.headers().firstValue("Location").orElseThrow();
        URI back = URI.create(callback);
        assertThat(back.getPath()).isEqualTo("/login/oauth2/code/keycloak");
        // get(URI): the query goes as the provider encoded it (a template would encode it twice).
        MvcResult done = browser.perform(get(URI.create("http://localhost" + back.getRawPath() + "?" + back.getRawQuery())));
        return done.getResponse().getRedirectedUrl();
    }

    @Transactional
    void localOfficer(String username, String email) {
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            return;
        }
        String fullName = username.startsWith("lebedev") ? "Лебедев Андрей Олегович" : "Соколова Мария Ивановна";
        AppUser u = new AppUser(username, fullName, Set.of(Role.OFFICER), bodies.findByCode("minzdrav").orElseThrow().getId(), null);
        u.contacts("консультант", email, null);
        users.save(u);
    }

    void switchOff(String username) {
        AppUser u = users.findByUsernameIgnoreCase(username).orElseThrow();
        u.deactivate();
        users.save(u);
    }
}
