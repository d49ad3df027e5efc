package ru.praktika.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The national data set at 2 % of its size, in its own context (so its own fresh embedded PostgreSQL):
 * the volumes follow the scale, statuses are spread as the flows leave them, every change has its audit
 * revision, and the key pages answer 200 over HTTP for the coordinator and an officer of a body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "national"})
@TestPropertySource(properties = "praktika.national.scale=0.02")
class NationalDataTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void fillsTheVolumesOfTheScale() {
        assertThat(count("catalogue_practice")).isEqualTo(500);
        // the demo data adds nothing once the national set is in (it runs first, demo runners find full tables)
        assertThat(count("practice")).isEqualTo(60);
        assertThat(count("implementation")).isEqualTo(40);
        assertThat(count("roadmap")).isEqualTo(40);
        assertThat(count("roadmap_activity")).isEqualTo(800);
        assertThat(count("practice_study")).isEqualTo(60);
        int bodies = count("responsible_body");
        assertThat(count("body_report")).isBetween(bodies * 19, bodies * 20);
        assertThat(jdbc.queryForObject("select count(distinct status) from practice", Integer.class)).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("select count(distinct status) from body_report", Integer.class)).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from body_report where status = 'ACCEPTED'", Integer.class))
                .isGreaterThan(bodies * 15);
        // every signed report has its frozen version; every published practice its Smarteka link
        assertThat(jdbc.queryForObject("select count(*) from body_report r where r.signed_at is not null and not exists "
                + "(select 1 from report_version v where v.report_id = r.id)", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from practice where status = 'PUBLISHED' and smarteka_url is null",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from placement_step", Integer.class)).isGreaterThan(60);
    }

    @Test
    void everyRecordHasItsAuditTrailInTimeOrder() {
        assertThat(count("practice_aud")).isGreaterThanOrEqualTo(count("placement_step"));
        assertThat(count("catalogue_practice_aud")).isEqualTo(500);
        assertThat(count("roadmap_activity_aud")).isGreaterThanOrEqualTo(800);
        assertThat(count("body_report_aud")).isGreaterThan(count("body_report"));
        assertThat(jdbc.queryForObject("select count(*) from revinfo r where not exists "
                + "(select 1 from revchanges c where c.rev = r.rev) and r.username like 'officer.%'", Integer.class)).isZero();
        // Envers numbers grow with time: the generated revisions are numbered in time order
        assertThat(jdbc.queryForObject("select count(*) from (select revtstmp, lag(revtstmp) over (order by rev) as before "
                + "from revinfo where username like 'officer.%' or username like 'head.%') x where revtstmp < before",
                Integer.class)).isZero();
        // sequences moved past the generated ids: the next row gets a free id
        jdbc.queryForObject("select nextval(pg_get_serial_sequence('practice', 'id'))", Long.class);
        assertThat(jdbc.queryForObject("select last_value from practice_id_seq", Long.class))
                .isGreaterThan(jdbc.queryForObject("select max(id) from practice", Long.class));
    }

    @Test
    void keyPagesAnswer() throws Exception {
        long practice = jdbc.queryForObject("select min(id) from practice", Long.class);
        long roadmap = jdbc.queryForObject("select min(id) from roadmap", Long.class);
        long implementation = jdbc.queryForObject("select min(id) from implementation", Long.class);
        String report = jdbc.queryForObject("select '/reporting/bodies/' || body_id || '/' || period_code from body_report "
                + "where status = 'ACCEPTED' order by period_end desc limit 1", String.class);
        String q = URLEncoder.encode("поликлиника", StandardCharsets.UTF_8);
        HttpClient coordinator = signedIn("coordinator");
        for (String page : List.of("/", "/practices", "/practices?q=" + q, "/practices/" + practice, "/adoption/catalogue",
                "/adoption/catalogue?q=" + q, "/adoption/implementations", "/adoption/implementations/" + implementation,
                "/adoption/roadmaps/" + roadmap, "/reporting/board", report, "/reporting/consolidated", "/audit",
                "/notifications", "/dashboard", "/inbox")) {
            assertThat(get(coordinator, page).statusCode()).as(page).isEqualTo(200);
        }
        String body = get(coordinator, report).body();
        assertThat(body).as("a frozen report reads back").contains("Принят");
        String officerBody = jdbc.queryForObject("select b.code from app_user u join responsible_body b on b.id = u.body_id "
                + "where u.username like 'officer.%' and exists (select 1 from practice p where p.body_id = b.id) "
                + "order by u.id limit 1", String.class);
        HttpClient officer = signedIn("officer." + officerBody);
        for (String page : List.of("/", "/practices", "/adoption/implementations", "/reporting", "/notifications")) {
            assertThat(get(officer, page).statusCode()).as(page).isEqualTo(200);
        }
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        Matcher csrf = CSRF.matcher(get(http, "/login").body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=Praktika-2026&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("login of " + username).isEqualTo(200);
        assertThat(login.uri().getPath()).as("signed in, not back at the login page").isNotEqualTo("/login");
        return http;
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
