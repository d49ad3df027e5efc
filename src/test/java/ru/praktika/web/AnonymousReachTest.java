package ru.praktika.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.TestUsers;
import ru.praktika.directory.Directory;
import ru.praktika.platform.MutableClock;
import ru.praktika.practices.PracticePages;

/**
 * Nothing that is not published is ever reachable anonymously (issue 13, point 2): practices in every other status
 * of the placement application, with a secret word in their titles, are looked for through every GET address of
 * the application without signing in — with made-up ids and with the ids of those very practices — and through
 * the showcase's search, pages and cards. Only the published one may show.
 */
@PraktikaTest
class AnonymousReachTest {

    private static final List<String> HIDDEN_STATUSES = List.of("DRAFT", "CRITERIA_CHECK", "READY", "SUBMITTED",
            "RETURNED", "REJECTED", "WITHDRAWN");

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Directory directory;
    @Autowired MutableClock clock;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private PracticePages pages;
    private String secret;
    private final Map<String, Long> hidden = new LinkedHashMap<>();
    private Long published;

    @BeforeEach
    void practicesInEveryStatus() throws Exception {
        pages = new PracticePages(mvc, users, directory);
        secret = word();
        String today = DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.now(clock));
        for (String status : HIDDEN_STATUSES) {
            hidden.put(status, practiceIn(status, "Скрытая " + secret + " " + status, today));
        }
        published = practiceIn("PUBLISHED", "Открытая " + secret, today);
    }

    @Test
    void theShowcaseShowsThePublishedPracticeAndNoOther() throws Exception {
        MvcResult list = mvc.perform(get("/showcase").param("q", secret)).andReturn();
        String body = list.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list.getResponse().getStatus()).isEqualTo(200);
        assertThat(body).contains("Открытая " + secret, "Найдена 1 практика").doesNotContain("Скрытая " + secret);
        assertThat(list.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'", "style-src 'self'");
        assertThat(list.getRequest().getSession(false)).as("an anonymous visit opens no session").isNull();

        MvcResult card = mvc.perform(get("/showcase/" + published)).andReturn();
        assertThat(card.getResponse().getStatus()).isEqualTo(200);
        assertThat(card.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Открытая " + secret, "https://smarteka.com/practices/" + published, "Охват")
                .doesNotContain("Соколов Игорь Викторович", "+7 (4162) 20-00-01");
        assertThat(card.getRequest().getSession(false)).isNull();

        for (Map.Entry<String, Long> h : hidden.entrySet()) {
            MockHttpServletResponse r = mvc.perform(get("/showcase/" + h.getValue())).andReturn().getResponse();
            assertThat(r.getStatus()).as(h.getKey()).isEqualTo(404);
            assertThat(r.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(secret);
        }
        for (String q : List.of("Скрытая", "Скрытая " + secret, secret + " DRAFT", "")) {
            for (String page : List.of("1", "2", "100000000", "-5", "abc")) {
                String text = mvc.perform(get("/showcase").param("q", q).param("page", page)).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                // the search box keeps what was typed; the results must not show a hidden practice
                assertThat(org.jsoup.Jsoup.parse(text).select("#showcase-items").text()).as(q + " page " + page)
                        .doesNotContain("Скрытая " + secret);
            }
        }
    }

    @Test
    void everyAnonymousAddressShowsNothingButPublishedData() throws Exception {
        Map<String, List<String>> matrix = PermissionMatrixTest.readMatrix();
        List<Long> ids = new ArrayList<>(hidden.values());
        ids.add(published);
        ids.add(999999L);
        List<String> leaks = new ArrayList<>();
        int sent = 0;
        for (String pattern : getPatterns()) {
            boolean open = PermissionMatrixTest.isOpenToAnonymous(matrix.get("GET " + pattern))
                    || pattern.equals("/login") || pattern.equals("/session-expired");
            List<String> paths = new ArrayList<>();
            if (pattern.contains("{")) {
                ids.forEach(id -> paths.add(pattern.replaceAll("\\{[^}]+}", String.valueOf(id))));
            } else {
                paths.add(pattern);
                paths.add(pattern + "?q=" + secret);
            }
            for (String path : paths) {
                MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
                sent++;
                String text = r.getContentAsString(StandardCharsets.UTF_8);
                if (org.jsoup.Jsoup.parse(text).select("main").text().replace("q=" + secret, "").contains("Скрытая " + secret)) {
                    leaks.add(path + " shows an unpublished practice");
                }
                if (!open && !List.of(302, 401, 403).contains(r.getStatus())) {
                    leaks.add(path + " answered an anonymous visitor " + r.getStatus());
                }
                if (!open && text.contains(secret)) {
                    leaks.add(path + " shows a practice to an anonymous visitor outside the showcase");
                }
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(sent).isGreaterThan(100);
    }

    private List<String> getPatterns() {
        List<String> result = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            var methods = e.getKey().getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                e.getKey().getPatternValues().stream().filter(p -> !p.equals("/error")).forEach(result::add);
            }
        }
        return result;
    }

    /** A practice of Минздрав taken to {@code status} through the card's moves (as the officer and the coordinator). */
    private Long practiceIn(String status, String title, String today) throws Exception {
        Long id = pages.createPractice("officer.zdrav", title, "Описание " + secret);
        if (status.equals("DRAFT")) {
            return id;
        }
        if (status.equals("WITHDRAWN")) {
            assertThat(pages.move("officer.zdrav", id, "WITHDRAWN")).isEqualTo(302);
            return id;
        }
        assertThat(pages.move("officer.zdrav", id, "CRITERIA_CHECK")).isEqualTo(302);
        if (status.equals("CRITERIA_CHECK")) {
            return id;
        }
        pages.addAsiEvidence(id);
        assertThat(pages.move("officer.zdrav", id, "READY")).isEqualTo(302);
        if (status.equals("READY")) {
            return id;
        }
        assertThat(pages.move("officer.zdrav", id, "SUBMITTED", "date", today, "applicationNumber", "СМ-" + id))
                .isEqualTo(302);
        switch (status) {
            case "RETURNED" -> assertThat(pages.move("coordinator", id, "RETURNED", "comment", "Дополнить")).isEqualTo(302);
            case "REJECTED" -> assertThat(pages.move("coordinator", id, "REJECTED", "comment", "Не подходит")).isEqualTo(302);
            case "PUBLISHED" -> assertThat(pages.move("coordinator", id, "PUBLISHED", "date", today,
                    "url", "https://smarteka.com/practices/" + id)).isEqualTo(302);
            default -> { }
        }
        return id;
    }

    /** A word no other record has: the search finds exactly these practices. */
    private static String word() {
        Random random = new Random();
        StringBuilder b = new StringBuilder("тайна");
        for (int i = 0; i < 8; i++) {
            b.append((char) ('а' + random.nextInt(32)));
        }
        return b.toString();
    }
}
