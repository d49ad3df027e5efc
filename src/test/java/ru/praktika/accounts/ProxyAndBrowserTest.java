package ru.praktika.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.praktika.PraktikaTest;

/** Behind a proxy and in the browser: forwarded headers, CSP, Permissions-Policy, the Origin check. */
@PraktikaTest
class ProxyAndBrowserTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    AccountsTestData data;
    @Autowired
    Environment environment;

    @Test
    void forwardedHeadersFromAClientDoNotChooseTheHostOfARedirect() throws Exception {
        MvcResult r = mvc.perform(get("/").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https").header("Forwarded", "host=evil.example;proto=https")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getResponse().getRedirectedUrl()).doesNotContain("evil.example");
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
    }

    @Test
    void onlyConfiguredProxiesAreTrustedAndByDefaultOnlyTheLocalOne() {
        Pattern trusted = Pattern.compile(environment.getProperty("server.tomcat.remoteip.internal-proxies"));
        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        assertThat(trusted.matcher("10.0.0.5").matches()).as("Tomcat's default trusts every private network").isFalse();
        assertThat(trusted.matcher("192.168.1.10").matches()).isFalse();
        assertThat(trusted.matcher("203.0.113.9").matches()).isFalse();
    }

    @Test
    void everyPageCarriesTheContentSecurityAndPermissionsPolicies() throws Exception {
        MvcResult r = mvc.perform(get("/login")).andReturn();
        assertThat(r.getResponse().getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
                        "object-src 'none'", "script-src 'self'");
        assertThat(r.getResponse().getHeader("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
    }

    @Test
    void aStateChangingRequestFromAnotherSiteIsRefusedEvenWithAToken() throws Exception {
        String username = data.officer("origin", "Istochnik-2026");
        assertThat(contacts(username, "чужой сайт", "Origin", "https://evil.example")).isEqualTo(403);
        assertThat(contacts(username, "null origin", "Origin", "null")).isEqualTo(403);
        assertThat(contacts(username, "cross-site", "Sec-Fetch-Site", "cross-site")).isEqualTo(403);
        assertThat(contacts(username, "чужая ссылка", "Referer", "https://evil.example/page")).isEqualTo(403);
        assertThat(data.user(username).getPosition()).isEqualTo("главный специалист");

        assertThat(contacts(username, "свой сайт", "Origin", "http://localhost")).isEqualTo(302);
        assertThat(contacts(username, "по адресу", "Origin", "http://localhost:8080")).as("praktika.base-url")
                .isEqualTo(302);
        assertThat(contacts(username, "same-origin", "Sec-Fetch-Site", "same-origin", "Referer",
                "http://localhost/account")).isEqualTo(302);
        assertThat(contacts(username, "не браузер")).as("no Origin, Sec-Fetch-Site or Referer: not a browser")
                .isEqualTo(302);
        assertThat(data.user(username).getPosition()).isEqualTo("не браузер");
    }

    private int contacts(String username, String position, String... headers) throws Exception {
        MockHttpServletRequestBuilder request = post("/account/contacts").param("position", position)
                .param("version", String.valueOf(data.user(username).getVersion()))
                .with(users.as(username)).with(csrf());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
