package ru.praktika.reporting;

import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The SMTP port of the reporting tests: a free one, chosen once per test JVM, so that two builds on one
 * machine don't collide and the reporting tests still share one context (the port is not in its key).
 */
public final class ReportingMailPort implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final int PORT = freePort();

    /** GreenMail's SMTP test setup on that port. */
    public static ServerSetup smtp() {
        return ServerSetupTest.SMTP.port(PORT);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mail.port=" + PORT).applyTo(context);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
