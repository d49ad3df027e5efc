package ru.praktika.platform.input;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One place for control characters in input: every request parameter (query, form, multipart field)
 * reaches the application without NUL and the other C0/DEL controls except tab and line breaks. PostgreSQL
 * refuses NUL in text (a 500 once), and nothing a person types needs the others. Upload file names are
 * cleaned by {@code platform.files.UploadInspection}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class InputSanitizingFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new SanitizedRequest(request), response);
    }

    /** The text without NUL and other control characters; tab, CR and LF stay. Null stays null. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (isStripped(value.charAt(i))) {
                StringBuilder b = new StringBuilder(value.length());
                value.chars().filter(c -> !isStripped((char) c)).forEach(c -> b.append((char) c));
                return b.toString();
            }
        }
        return value;
    }

    static boolean isStripped(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F;
    }
}
