package ru.praktika.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances on one PostgreSQL (issue 11): a session is shared between them, and requests of one
 * session at once on both never collide; start-up work holds readiness back.
 */
class TwoInstancesTest {

    private static final String PASSWORD = "Praktika-2026";
    private static final List<String> USERS = List.of("coordinator", "officer.zdrav", "head.zdrav", "officer.soc",
            "head.soc", "mun.blag", "observer");

    private static TwoInstances instances;
    private static int first;
    private static int second;

    @BeforeAll
    static void start() throws Exception {
        instances = TwoInstances.start(List.of(ReadinessProbe.class));
        first = TwoInstances.port(instances.first);
        second = TwoInstances.port(instances.second);
    }

    @AfterAll
    static void stop() throws Exception {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void aSessionStartedOnOneInstanceWorksOnTheOther() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.login(first, "officer.zdrav", PASSWORD)).isEqualTo(302);
        HttpResponse<String> home = browser.get(second, "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Соколов");
    }

    /** Two tabs right after login, on both instances: each first page stores a fresh CSRF token. */
    @Test
    void requestsOfOneSessionAtOnceOnBothInstancesNeverFail() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (int round = 0; round < 14; round++) {
                Browser browser = new Browser();
                assertThat(browser.login(round % 2 == 0 ? first : second, USERS.get(round % USERS.size()), PASSWORD))
                        .isEqualTo(302);
                List<Callable<Integer>> tabs = List.of(
                        () -> browser.get(first, "/").statusCode(),
                        () -> browser.get(second, "/").statusCode(),
                        () -> browser.get(first, "/notifications").statusCode(),
                        () -> browser.get(second, "/notifications").statusCode());
                for (Future<Integer> f : pool.invokeAll(tabs)) {
                    statuses.add(f.get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).hasSize(56).containsOnly(200);
    }

    @Test
    void readinessWaitedForTheStartUpWorkAndProbesAreOpen() throws Exception {
        assertThat(ReadinessProbe.seenDuringStartUp).as("readiness, health while the start-up runners worked")
                .containsExactly(503, 503);
        Browser anonymous = new Browser();
        assertThat(anonymous.get(first, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(anonymous.get(first, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(anonymous.get(first, "/actuator/health").statusCode()).isEqualTo(200);
        JdbcTemplate jdbc = new JdbcTemplate(instances.first.getBean(DataSource.class));
        int before = jdbc.queryForObject("select count(*) from spring_session", Integer.class);
        for (int i = 0; i < 10; i++) {
            new Browser().get(second, "/actuator/health/readiness");
            new Browser().get(second, "/actuator/health");
        }
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Integer.class))
                .as("anonymous health polls write no session").isEqualTo(before);
    }
}
