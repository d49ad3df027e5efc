package ru.praktika.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A second line behind the CSRF token on every state-changing request: a browser says where the request
 * comes from (Origin, else Sec-Fetch-Site or Referer), and it must be this application (its own address as
 * the request sees it, or {@code praktika.base-url}). A request with none of these headers is no browser's
 * cross-site request (scripts, curl, tests) and is left to the CSRF token alone.
 */
class OriginCheckFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final String baseOrigin;

    OriginCheckFilter(String baseUrl) {
        this.baseOrigin = origin(baseUrl);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (allowed(request)) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    boolean allowed(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return own(request, origin.strip());
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String referer = request.getHeader("Referer");
        return referer == null || own(request, origin(referer));
    }

    private boolean own(HttpServletRequest request, String origin) {
        if (origin == null || origin.equals("null")) {
            return false;
        }
        String self = request.getScheme() + "://" + request.getServerName() + port(request.getScheme(), request.getServerPort());
        return origin.equalsIgnoreCase(self) || origin.equalsIgnoreCase(baseOrigin);
    }

    /** scheme://host[:port] of a URL, or null when it is none. */
    static String origin(String url) {
        try {
            URI u = URI.create(url.strip());
            if (u.getScheme() == null || u.getHost() == null) {
                return null;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + port(scheme, u.getPort());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String port(String scheme, int port) {
        boolean standard = port < 0 || "http".equalsIgnoreCase(scheme) && port == 80
                || "https".equalsIgnoreCase(scheme) && port == 443;
        return standard ? "" : ":" + port;
    }
}
