package ru.praktika;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo run starts with any region's profile, not only Amur's: its demo users and records are cast
 * from the profile that is loaded (here a made-up region of two bodies, one of them the coordinator).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc // the same context as RegionNeutralTextsTest
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = "praktika.region-profile=classpath:regions/test-region.yml")
class AnyRegionDemoTest {

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void theDemoStartsWithAnotherRegionsProfile() throws Exception {
        assertThat(jdbc.queryForObject("select name from region", String.class)).isEqualTo("Тестовая область");
        assertThat(jdbc.queryForList("select u.username from app_user u join responsible_body b on b.id = u.body_id"
                + " where b.code = 'health'", String.class)).contains("officer.zdrav", "head.zdrav");
        assertThat(jdbc.queryForObject("select count(*) from practice", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from implementation", Integer.class)).isPositive();

        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).as("region-neutral texts: the login lead and the footer name this region and its act")
                .contains("Работа органов власти Тестовой области",
                        "Постановление правительства Тестовой области от 01.02.2027 № 1")
                .doesNotContain("Амурск", "494");
    }
}
