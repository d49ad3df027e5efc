package ru.praktika.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import jakarta.servlet.RequestDispatcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.TestUsers;

/** The shell's own pages: errors in plain Russian, never a stack trace; health open and minimal; metrics for admins. */
@PraktikaTest
class ShellPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Environment environment;

    @Test
    void healthIsOpenAndSaysNothingButUp() throws Exception {
        MvcResult r = mvc.perform(get("/actuator/health")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        // Only the status (and the names of the probe groups): no components, no details.
        assertThat(r.getResponse().getContentAsString()).contains("\"status\":\"UP\"")
                .doesNotContain("components", "details", "db", "diskSpace");
        MvcResult asAdmin = mvc.perform(get("/actuator/health").with(users.as("admin"))).andReturn();
        assertThat(asAdmin.getResponse().getContentAsString()).doesNotContain("components", "details", "db");
    }

    @Test
    void metricsInPrometheusFormatAreForTheAdminOnly() throws Exception {
        MvcResult anonymous = mvc.perform(get("/actuator/prometheus")).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isIn(302, 401);
        for (String who : new String[]{"coordinator", "officer.zdrav", "head.zdrav", "mun.blag", "observer"}) {
            assertThat(mvc.perform(get("/actuator/prometheus").with(users.as(who))).andReturn().getResponse().getStatus())
                    .as(who).isEqualTo(403);
        }
        MvcResult admin = mvc.perform(get("/actuator/prometheus").with(users.as("admin"))).andReturn();
        assertThat(admin.getResponse().getStatus()).isEqualTo(200);
        assertThat(admin.getResponse().getContentAsString()).contains("# TYPE", "jvm_memory_used_bytes");
        assertThat(mvc.perform(get("/actuator/env").with(users.as("admin"))).andReturn().getResponse().getStatus())
                .as("nothing else of the actuator is exposed").isIn(404, 403);
    }

    @Test
    void aMissingPageOrRecordIsAFriendlyRussian404() throws Exception {
        for (String path : new String[]{"/no-such-page", "/directory/bodies/999999", "/admin/users/not-a-number"}) {
            MvcResult r = mvc.perform(get(path).with(users.as(path.startsWith("/admin") ? "admin" : "coordinator"))).andReturn();
            assertThat(r.getResponse().getStatus()).as(path).isEqualTo(404);
            Document page = Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(page.select("h1").text()).as(path).isEqualTo("Страница не найдена");
            assertNoStackTrace(page);
        }
    }

    @Test
    void theContainerErrorPagesSpeakRussianAndShowNoTechnicalDetail() throws Exception {
        // 403 and 500 reach a person through the container's error dispatch to /error, which Boot renders
        // with error/<status>.html; here /error is asked exactly as the container asks it.
        assertThat(environment.getProperty("server.error.include-stacktrace")).isEqualTo("never");
        assertThat(environment.getProperty("server.error.include-message")).isEqualTo("never");
        String[][] expected = {{"403", "Доступ запрещён"}, {"404", "Страница не найдена"},
                {"500", "Что-то пошло не так"}, {"418", "Ошибка"}};
        for (String[] e : expected) {
            MvcResult r = mvc.perform(get("/error").accept(MediaType.TEXT_HTML).with(users.as("officer.zdrav"))
                    .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, Integer.valueOf(e[0]))
                    .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/directory/bodies/2")
                    .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("boom"))
                    .requestAttr(RequestDispatcher.ERROR_MESSAGE, "boom")).andReturn();
            assertThat(r.getResponse().getStatus()).as(e[0]).isEqualTo(Integer.parseInt(e[0]));
            Document page = Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(page.select("h1").text()).as(e[0]).isEqualTo(e[1]);
            assertThat(page.select("a[href=/]")).as("a way back home").isNotEmpty();
            assertNoStackTrace(page);
        }
    }

    private static void assertNoStackTrace(Document page) {
        assertThat(page.text()).doesNotContain("Exception", "at ru.praktika", "boom", "Whitelabel");
    }
}
