package ru.praktika;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import ru.praktika.platform.TestClockConfiguration;

/**
 * A test of the whole application against the embedded PostgreSQL with the Amur profile and the demo
 * users loaded. All such tests share one Spring context (and one database), so they must not depend
 * on a clean slate: each creates the records it needs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Import(TestClockConfiguration.class)
public @interface PraktikaTest {
}
