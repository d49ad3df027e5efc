package ru.praktika.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code GET /error} typed into the address bar has no error to show; Boot's error page then answered 500.
 * Called directly (not as the container's error dispatch), it is a page that does not exist.
 */
@Component
class DirectErrorCallFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean direct = request.getDispatcherType() == DispatcherType.REQUEST
                && request.getAttribute("jakarta.servlet.error.status_code") == null
                && "/error".equals(request.getRequestURI().substring(request.getContextPath().length()));
        if (direct) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            chain.doFilter(request, response);
        }
    }
}
