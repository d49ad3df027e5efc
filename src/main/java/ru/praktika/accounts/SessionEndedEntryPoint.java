package ru.praktika.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends an anonymous request to the login page; one that still carries the cookie of a session that has
 * ended (access changed, idle or absolute lifetime over) gets {@code /login?ended} and its message.
 */
class SessionEndedEntryPoint implements AuthenticationEntryPoint {

    private final LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()
                || request.getAttribute(SessionLifetimeFilter.ENDED) != null) {
            response.sendRedirect(request.getContextPath() + "/login?ended");
        } else {
            login.commence(request, response, e);
        }
    }
}
