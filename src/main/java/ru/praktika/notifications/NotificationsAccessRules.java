package ru.praktika.notifications;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import ru.praktika.platform.security.UrlAccessRules;

/**
 * The calendar feed is fetched by calendar programs without a session (its token is the credential);
 * marking one's own notices read is not a business write, so observers may do it too.
 */
@Component
class NotificationsAccessRules implements UrlAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/notifications/calendar/*.ics").permitAll()
                .requestMatchers(HttpMethod.POST, "/notifications/**").authenticated();
    }
}
