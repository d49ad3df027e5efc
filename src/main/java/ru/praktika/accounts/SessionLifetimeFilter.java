package ru.praktika.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute session lifetime: however active, a session older than {@code praktika.accounts.session-lifetime}
 * ends and the person signs in again (the idle timeout alone would let a session live for ever).
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String ENDED = SessionLifetimeFilter.class.getName() + ".ENDED";

    private final Duration lifetime;
    private final Clock clock;

    SessionLifetimeFilter(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && Instant.ofEpochMilli(session.getCreationTime()).plus(lifetime).isBefore(clock.instant())) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            request.setAttribute(ENDED, Boolean.TRUE);
        }
        chain.doFilter(request, response);
    }
}
