package ru.praktika.reporting;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import ru.praktika.PraktikaTest;

/**
 * The whole application with the report contracts replaced by {@link ReportingFixtures} and mail going to
 * a GreenMail server on localhost at a free port ({@link ReportingMailPort}). All reporting and notification
 * tests share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PraktikaTest
@Import(ReportingFixtures.class)
@ContextConfiguration(initializers = ReportingMailPort.class)
@TestPropertySource(properties = {"spring.mail.host=localhost",
        "praktika.notifications.mail-from=praktika@test.local"})
public @interface ReportingTest {
}
