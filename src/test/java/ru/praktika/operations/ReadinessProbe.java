package ru.praktika.operations;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * The last start-up runner of an instance, after the demo users and data: asks the instance's own web
 * server, already listening, whether it says it is ready. Not a @Configuration: only the instances of
 * {@link TwoInstances} register it (as a source); component scanning of other test contexts must not find it.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
class ReadinessProbe implements ApplicationRunner {

    static final List<Integer> seenDuringStartUp = new CopyOnWriteArrayList<>();

    private final Environment environment;

    ReadinessProbe(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!seenDuringStartUp.isEmpty()) {
            return; // the first instance answers for both
        }
        int port = Integer.parseInt(environment.getProperty("local.server.port"));
        Browser browser = new Browser();
        seenDuringStartUp.add(browser.get(port, "/actuator/health/readiness").statusCode());
        seenDuringStartUp.add(browser.get(port, "/actuator/health").statusCode());
    }
}
