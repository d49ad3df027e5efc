package ru.praktika.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the form login: counts the attempt ({@link LoginThrottle}) and answers a client that
 * must wait or is blocked without checking the password at all. The first blocked attempt tells the owner
 * ({@link SignInNotices}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final SignInNotices notices;

    LoginThrottleFilter(LoginThrottle throttle, SignInNotices notices) {
        this.throttle = throttle;
        this.notices = notices;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String login = request.getParameter("username");
        switch (throttle.attempt(request.getRemoteAddr(), login)) {
            case JUST_BLOCKED -> {
                // The owner hears of it once (the login page tells the blocked client only about itself).
                notices.refused(login, SignInRefused.Reason.BLOCKED, request.getRemoteAddr());
                response.sendRedirect(request.getContextPath() + "/login?blocked");
            }
            case BLOCKED -> response.sendRedirect(request.getContextPath() + "/login?blocked");
            case WAIT -> response.sendRedirect(request.getContextPath() + "/login?wait");
            case CHECK_PASSWORD -> chain.doFilter(request, response);
        }
    }
}
