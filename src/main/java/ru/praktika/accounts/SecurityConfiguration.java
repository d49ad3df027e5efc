package ru.praktika.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import ru.praktika.platform.security.AccessGuard;
import ru.praktika.platform.security.UrlAccessRules;

/**
 * Deny by default: only the login page, static files and a minimal health check are open; the admin
 * area and metrics need the admin; every write needs a role that writes. Controllers add their own
 * {@code @PreAuthorize} and record-level checks ({@link AccessGuard}) on top.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] WRITERS = {"COORDINATOR", "OFFICER", "HEAD", "MUNICIPALITY", "ADMIN"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
                                            OidcLocalUserService oidcUserService,
                                            List<UrlAccessRules> moduleRules, LoginThrottle throttle,
                                            SignInNotices notices,
                                            AccountsProperties accounts, Clock clock,
                                            @Value("${praktika.base-url}") String baseUrl) throws Exception {
        http.authorizeHttpRequests(auth -> {
                    moduleRules.forEach(r -> r.configure(auth));
                    auth
                        .requestMatchers("/login", "/login/**", "/oauth2/**", "/webjars/**", "/css/**", "/js/**",
                                "/img/**", "/favicon.ico", "/error", "/session-expired", "/actuator/health",
                                "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        .requestMatchers("/actuator/**", "/admin/**").hasRole("ADMIN")
                        .requestMatchers("/audit/**").hasAnyRole("COORDINATOR", "OBSERVER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/**").authenticated()
                        .requestMatchers(HttpMethod.HEAD, "/**").authenticated()
                        .requestMatchers("/logout", "/account/**").authenticated()
                        .anyRequest().hasAnyRole(WRITERS);
                })
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(loginFailureHandler(notices))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                // Issue 10 (sessions, logins): throttle before the password is checked, the absolute session
                // lifetime before the session's security context is read, ended sessions say so at the login.
                .addFilterBefore(new LoginThrottleFilter(throttle, notices), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionLifetimeFilter(accounts.sessionLifetime(), clock),
                        SecurityContextHolderFilter.class)
                .addFilterBefore(new OriginCheckFilter(baseUrl), CsrfFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(new SessionEndedEntryPoint()).accessDeniedHandler((request, response, denied) -> {
                    // A form whose CSRF token died with the session gets its own page, not a bare 403.
                    if (denied instanceof CsrfException) {
                        response.sendRedirect(request.getContextPath() + "/session-expired");
                    } else {
                        response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    }
                }))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'"))
                        // Issue 10: no page needs the camera, microphone, location, payment or USB.
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o
                    .loginPage("/login")
                    .userInfoEndpoint(u -> u.oidcUserService(oidcUserService))
                    .failureHandler(oidcFailureHandler()));
        }
        return http.build();
    }

    /**
     * Unknown login, wrong password, switched-off account: one message, so the page tells a guesser nothing; the
     * owner of a switched-off account learns the real state by e-mail ({@link SignInNotices}).
     */
    private AuthenticationFailureHandler loginFailureHandler(SignInNotices notices) {
        return (request, response, exception) -> {
            if (exception instanceof DisabledException) {
                notices.refused(request.getParameter("username"), SignInRefused.Reason.DISABLED, request.getRemoteAddr());
            }
            response.sendRedirect(request.getContextPath() + "/login?error");
        };
    }

    /**
     * "No such local user" is the person's business (ask the admin); anything else (the provider
     * refused, the answer came back stale) is "try again" — the two get different messages.
     */
    private AuthenticationFailureHandler oidcFailureHandler() {
        return (request, response, exception) -> {
            boolean unknown = exception instanceof OAuth2AuthenticationException o
                    && OidcLocalUserService.UNKNOWN_USER.equals(o.getError().getErrorCode());
            response.sendRedirect(request.getContextPath() + (unknown ? "/login?oidc-unknown" : "/login?oidc-error"));
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
