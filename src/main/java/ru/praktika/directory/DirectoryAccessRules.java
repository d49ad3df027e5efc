package ru.praktika.directory;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import ru.praktika.platform.security.UrlAccessRules;

/** Only the coordinator changes which body answers for which category (a new decree). */
@Component
class DirectoryAccessRules implements UrlAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/directory/assignments", "/directory/assignments/**").hasRole("COORDINATOR");
    }
}
