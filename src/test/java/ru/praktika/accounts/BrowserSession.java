package ru.praktika.accounts;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A browser's cookie jar for MockMvc: the session lives in the database (Spring Session), so requests
 * of one person carry its cookie exactly as a browser would.
 */
public class BrowserSession {

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    public BrowserSession(MockMvc mvc) {
        this.mvc = mvc;
    }

    public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        MvcResult result = mvc.perform(request).andReturn();
        for (Cookie c : result.getResponse().getCookies()) {
            if (c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c);
            }
        }
        return result;
    }

    /** The value of the session cookie now (Spring Session's SESSION, or the container's JSESSIONID). */
    public String sessionId() {
        Cookie c = cookies.getOrDefault("SESSION", cookies.get("JSESSIONID"));
        return c == null ? null : c.getValue();
    }
}
