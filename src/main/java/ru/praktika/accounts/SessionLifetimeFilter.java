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
 * ends and the person signs in again (the idle timeout alone would let a session live for ever). The start is
 * kept in the session by the application's clock, not taken from the container's creation time, so both ends
 * of the comparison use one clock (a test clock set to another day would otherwise end every session at once).
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String ENDED = SessionLifetimeFilter.class.getName() + ".ENDED";
    private static final String STARTED = SessionLifetimeFilter.class.getName() + ".STARTED";

    private final Duration lifetime;
    private final Clock clock;

    SessionLifetimeFilter(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** Static files never open the session: looking at it would read (and touch) its row for every image. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.startsWith("/webjars/") || path.equals("/favicon.ico") || path.equals("/favicon.svg");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Instant now = clock.instant();
            if (!(session.getAttribute(STARTED) instanceof Instant started)) {
                session.setAttribute(STARTED, now);
            } else if (started.plus(lifetime).isBefore(now)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                request.setAttribute(ENDED, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }
}
