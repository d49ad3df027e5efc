package ru.praktika.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.Cookie;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ru.praktika.accounts.TestUsers;
import ru.praktika.platform.SqlStatementCounter;

/**
 * Counts the SQL statements of one signed-in page request as a browser that already holds a session sends it:
 * each user's first request opens a session and the counted ones carry its cookie, so the count includes
 * reading the session row (and its conditional update) but not creating one. A plain helper, not a bean;
 * the test needs {@code @Import(SqlStatementCounter.class)}.
 */
public final class PageStatements {

    /** The most statements a key page may send (issue 12). */
    public static final int LIMIT = 12;

    private final MockMvc mvc;
    private final TestUsers users;
    private final Map<String, Cookie> sessions = new HashMap<>();
    private final Map<String, List<String>> lastStatements = new HashMap<>();
    private final Map<String, List<String>> previousStatements = new HashMap<>();

    public PageStatements(MockMvc mvc, TestUsers users) {
        this.mvc = mvc;
        this.users = users;
    }

    /** "user url" → statements, for every pair (user, url) of {@code pages}; each page must answer 200. */
    public Map<String, Integer> measure(List<List<String>> pages) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<String> page : pages) {
            String username = page.get(0);
            String url = page.get(1);
            RequestPostProcessor user = users.as(username);
            Cookie session = sessions.computeIfAbsent(username, u -> open(user));
            List<String> sent = SqlStatementCounter.statements(() -> perform(url, user, session));
            List<String> before = lastStatements.put(username + " " + url, sent);
            if (before != null) {
                previousStatements.put(username + " " + url, before);
            }
            counts.put(username + " " + url, sent.size());
        }
        return counts;
    }

    /** The statements of the last measurement of {@code page} ("user url"), for a failure message. */
    public String statementsOf(String page) {
        return String.join("\n", lastStatements.getOrDefault(page, List.of()));
    }

    /** Fails with the statements themselves when a page went over {@link #LIMIT}. */
    public void assertWithinLimit(Map<String, Integer> counts) {
        counts.forEach((page, n) -> assertThat(n).as("%s sent:%n%s", page, statementsOf(page)).isLessThanOrEqualTo(LIMIT));
    }

    /** Fails, naming the statements of both measurements, when a page sent a different number than before. */
    public void assertSameCounts(Map<String, Integer> larger, Map<String, Integer> smaller) {
        StringBuilder diff = new StringBuilder();
        larger.forEach((page, n) -> {
            if (!n.equals(smaller.get(page))) {
                diff.append(page).append(": ").append(smaller.get(page)).append(" -> ").append(n).append("\nbefore:\n")
                        .append(String.join("\n", previousStatements.getOrDefault(page, List.of())))
                        .append("\nnow:\n").append(statementsOf(page)).append("\n");
            }
        });
        assertThat(larger).as("statements per request with ten times the data%n%s", diff).isEqualTo(smaller);
    }

    /**
     * Statements of one GET of {@code url} as {@code user}, sent from an empty persistence context: inside the
     * test's transaction the context would otherwise serve per-row lookups from its cache and hide them. Over
     * {@code limit}, prints the statements grouped, so the failing assertion comes with what to look at.
     */
    public static int fromEmptyContext(MockMvc mvc, EntityManager em, RequestPostProcessor user, String url, int limit) {
        em.flush();
        em.clear();
        List<String> sent = SqlStatementCounter.statements(() -> {
            try {
                int status = mvc.perform(get(url).with(user)).andReturn().getResponse().getStatus();
                assertThat(status).as(url).isEqualTo(200);
                return status;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        if (sent.size() > limit) {
            Map<String, Long> grouped = sent.stream().collect(Collectors.groupingBy(
                    q -> q.length() > 150 ? q.substring(0, 150) : q, LinkedHashMap::new, Collectors.counting()));
            System.out.println("[statements] " + url + " " + sent.size() + "\n  " + String.join("\n  ",
                    grouped.entrySet().stream().map(e -> e.getValue() + "× " + e.getKey().replace('\n', ' ')).toList()));
        }
        return sent.size();
    }

    private Cookie open(RequestPostProcessor user) {
        MockHttpServletResponse response = send(get("/"), user);
        Cookie cookie = response.getCookie("SESSION");
        assertThat(cookie).as("session cookie of the first request").isNotNull();
        return cookie;
    }

    private Object perform(String url, RequestPostProcessor user, Cookie session) {
        MockHttpServletResponse response = send(get(url).cookie(session), user);
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor user) {
        try {
            return mvc.perform(request.with(user)).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
