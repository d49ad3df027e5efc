package ru.praktika.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's role rules by URL, applied before the defaults of the security configuration. Role-level
 * refusals belong here (or in {@code @PreAuthorize}) so that they hold before any request parameter is
 * bound or any record is looked up.
 */
public interface UrlAccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
