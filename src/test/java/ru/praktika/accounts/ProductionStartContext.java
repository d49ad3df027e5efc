package ru.praktika.accounts;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.praktika.platform.TestClockConfiguration;

/**
 * A production start: no demo profile, the first admin from configuration, and login through an
 * organisation's OIDC provider (a mock-oauth2-server on a free local port). The tests that share this
 * context share one database too.
 */
@SpringBootTest(properties = {
        "praktika.accounts.bootstrap-admin.username=" + ProductionStartContext.ADMIN,
        "praktika.accounts.bootstrap-admin.password=" + ProductionStartContext.ADMIN_PASSWORD,
        "spring.security.oauth2.client.registration.keycloak.client-id=praktika",
        "spring.security.oauth2.client.registration.keycloak.client-secret=praktika-secret",
        "spring.security.oauth2.client.registration.keycloak.client-name=Keycloak",
        "spring.security.oauth2.client.registration.keycloak.scope=openid,profile,email"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
abstract class ProductionStartContext {

    static final String ADMIN = "first.admin";
    static final String ADMIN_PASSWORD = "Pervy-admin-2026";
    static final String ISSUER = "amur";

    static final MockOAuth2Server OIDC = new MockOAuth2Server();

    static {
        OIDC.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.keycloak.issuer-uri", () -> OIDC.issuerUrl(ISSUER).toString());
    }

    /** The next login at the provider proves these claims. */
    static void nextLoginAs(Map<String, Object> claims) {
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "subject-" + claims.hashCode(), "JWT",
                List.of("praktika"), claims, 3600));
    }
}
