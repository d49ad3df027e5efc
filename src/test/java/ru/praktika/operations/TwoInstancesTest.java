package ru.praktika.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.platform.EventRepublication;

/**
 * Two instances on one PostgreSQL (issue 11): a session is shared between them, and requests of one
 * session at once on both never collide; start-up work holds readiness back; module events cut off by a
 * crash are resubmitted on start and by the periodic job; a database outage answers fast with a Russian
 * page and the instances recover by themselves.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    private static final String PASSWORD = "Praktika-2026";
    private static final List<String> USERS = List.of("coordinator", "officer.zdrav", "head.zdrav", "officer.soc",
            "head.soc", "mun.blag", "observer");

    private static TwoInstances instances;
    private static int first;
    private static int second;

    @BeforeAll
    static void start() throws Exception {
        instances = TwoInstances.start(List.of(ReadinessProbe.class, ProbeEventListener.class), first -> {
            // An event whose listener was cut off by kill -9 of the first instance: the second's start resubmits it.
            publish(first, "cut-off-before-the-second-start");
            pretendCrashed(first, "cut-off-before-the-second-start", 0);
        });
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
    @Order(1)
    void anEventCutOffByACrashIsResubmittedWhenAnInstanceStarts() {
        assertThat(ProbeEventListener.handled).containsExactly("cut-off-before-the-second-start",
                "cut-off-before-the-second-start");
        assertThat(incomplete("cut-off-before-the-second-start")).isZero();
    }

    @Test
    @Order(2)
    void anEventCutOffByACrashIsResubmittedByThePeriodicJobOnce() {
        publish(instances.second, "cut-off-while-running");
        pretendCrashed(instances.second, "cut-off-while-running", 10);
        instances.first.getBean(EventRepublication.class).run();
        instances.second.getBean(EventRepublication.class).run();
        assertThat(ProbeEventListener.handled.stream().filter("cut-off-while-running"::equals)).hasSize(2);
        assertThat(incomplete("cut-off-while-running")).isZero();
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

    /** Last: the database goes away under both instances and comes back. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aDatabaseOutageFailsFastWithARussianPageAndRecoversByItself() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.login(first, "coordinator", PASSWORD)).isEqualTo(302);
        instances.stopDatabase();
        try {
            long started = System.nanoTime();
            HttpResponse<String> page = browser.get(first, "/");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("База данных недоступна");
            assertThat(browser.get(second, "/practices").statusCode()).isEqualTo(503);
        } finally {
            instances.startDatabase();
        }
        int status = 0;
        for (int attempt = 0; attempt < 20 && status != 200; attempt++) {
            status = browser.get(first, "/").statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).as("the same session works again, nobody restarted anything").isEqualTo(200);
        assertThat(browser.get(second, "/").statusCode()).isEqualTo(200);
    }

    private static void publish(ConfigurableApplicationContext instance, String id) {
        instance.getBean(TransactionTemplate.class).executeWithoutResult(s -> instance.publishEvent(new ProbeEvent(id)));
    }

    /** The registry's row as kill -9 leaves it: published, never completed ({@code minutesAgo} old). */
    private static void pretendCrashed(ConfigurableApplicationContext instance, String id, int minutesAgo) {
        new JdbcTemplate(instance.getBean(DataSource.class)).update("update event_publication set "
                + "completion_date = null, status = 'PUBLISHED', publication_date = now() - make_interval(mins => ?) "
                + "where serialized_event like ?", minutesAgo, "%" + id + "%");
    }

    private static int incomplete(String id) {
        return new JdbcTemplate(instances.first.getBean(DataSource.class)).queryForObject(
                "select count(*) from event_publication where completion_date is null and serialized_event like ?",
                Integer.class, "%" + id + "%");
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
