package ru.praktika.adoption;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import ru.praktika.platform.security.UrlAccessRules;

/**
 * Role rules of the adoption pages, checked before any parameter is bound (docs/permissions.md).
 * Record-level rules (own body, assigned municipality) are checked by AccessGuard and MunicipalWork.
 */
@Component
class AdoptionAccessRules implements UrlAccessRules {

    private static final String[] READERS = {"COORDINATOR", "OFFICER", "HEAD", "OBSERVER"};

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        // A shared catalogue card is changed by the coordinator, who keeps the catalogue for the region (issue 10).
        rules.requestMatchers("/adoption/catalogue/*/edit").hasRole("COORDINATOR")
                .requestMatchers("/adoption/catalogue/import", "/adoption/catalogue/import/**", "/adoption/catalogue/new")
                        .hasAnyRole("COORDINATOR", "OFFICER")
                .requestMatchers(HttpMethod.POST, "/adoption/catalogue").hasAnyRole("COORDINATOR", "OFFICER")
                .requestMatchers(HttpMethod.POST, "/adoption/catalogue/*/study").hasAnyRole("OFFICER", "HEAD")
                .requestMatchers(HttpMethod.POST, "/adoption/catalogue/*").hasRole("COORDINATOR")
                .requestMatchers("/adoption/shortlist", "/adoption/settings").hasAnyRole("OFFICER", "HEAD")
                .requestMatchers("/adoption/roadmaps/*/approve").hasRole("HEAD")
                .requestMatchers(HttpMethod.GET, "/adoption/implementations", "/adoption/implementations/**",
                        "/adoption/roadmaps/**").hasAnyRole(READERS)
                .requestMatchers("/adoption/implementations/**", "/adoption/roadmaps/**").hasAnyRole("OFFICER", "HEAD")
                .requestMatchers("/adoption/municipal", "/adoption/municipal/**").hasRole("MUNICIPALITY")
                .requestMatchers("/adoption", "/adoption/**")
                .hasAnyRole("COORDINATOR", "OFFICER", "HEAD", "MUNICIPALITY", "OBSERVER");
    }
}
