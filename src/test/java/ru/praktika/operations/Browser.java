package ru.praktika.operations;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser talking real HTTP to running instances: it keeps one session cookie, whichever instance it
 * asks, as a browser behind a balancer would.
 */
final class Browser {

    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]*)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private volatile String session;

    /** Signs in on the instance at {@code port}; returns the status of the login answer (302 on success). */
    int login(int port, String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get(port, "/login");
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page: " + page.statusCode());
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        return send(HttpRequest.newBuilder(uri(port, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
    }

    HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(port, path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String cookie = session;
        if (cookie != null) {
            request.header("Cookie", "SESSION=" + cookie);
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        response.headers().allValues("Set-Cookie").forEach(c -> {
            Matcher m = SESSION.matcher(c);
            if (m.find()) {
                session = m.group(1).isEmpty() ? null : m.group(1);
            }
        });
        return response;
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
