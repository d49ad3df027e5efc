package ru.praktika.reporting;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import ru.praktika.platform.security.UrlAccessRules;

/** Role rules that must hold before any parameter is bound: the board and summary, loading a calendar. */
@Component
class ReportingAccessRules implements UrlAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/reporting/calendar").hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, "/reporting/board/**").hasRole("COORDINATOR")
                .requestMatchers("/reporting/board", "/reporting/board/**", "/reporting/consolidated",
                        "/reporting/consolidated/**").hasAnyRole("COORDINATOR", "OBSERVER");
    }
}
