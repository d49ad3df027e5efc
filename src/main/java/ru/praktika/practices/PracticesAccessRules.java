package ru.praktika.practices;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import ru.praktika.platform.security.UrlAccessRules;
import ru.praktika.practices.card.PracticeAccess;

/**
 * Role rules by URL, checked before any parameter is bound or record looked up (the controllers repeat them in
 * {@code @PreAuthorize}; record-level rules are in {@link PracticeAccess}). Municipalities and the administrator
 * do not see the practices register; a municipality sees only its proposals. The showcase of published
 * practices is open to everyone, GET only.
 */
@Component
class PracticesAccessRules implements UrlAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        // The public showcase: read-only, for everyone (its controller answers 404 while the showcase is off).
        rules.requestMatchers(HttpMethod.GET, "/showcase", "/showcase/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/practices/region-criteria").hasRole("COORDINATOR")
                .requestMatchers(HttpMethod.GET, "/practices/new", "/practices/*/edit").hasAnyRole("OFFICER", "HEAD")
                .requestMatchers(HttpMethod.POST, "/practices", "/practices/*", "/practices/*/evidence",
                        "/practices/*/evidence/*/delete", "/practices/*/attachments", "/practices/*/attachments/*/delete")
                .hasAnyRole("OFFICER", "HEAD")
                .requestMatchers(HttpMethod.POST, "/practices/**").hasAnyRole("COORDINATOR", "OFFICER", "HEAD")
                .requestMatchers("/practices", "/practices/**").hasAnyRole("COORDINATOR", "OFFICER", "HEAD", "OBSERVER")
                .requestMatchers("/proposals/new").hasRole("MUNICIPALITY")
                .requestMatchers(HttpMethod.POST, "/proposals").hasRole("MUNICIPALITY")
                .requestMatchers(HttpMethod.POST, "/proposals/**").hasAnyRole("OFFICER", "HEAD")
                .requestMatchers("/proposals", "/proposals/**")
                .hasAnyRole("COORDINATOR", "OFFICER", "HEAD", "MUNICIPALITY", "OBSERVER");
    }
}
