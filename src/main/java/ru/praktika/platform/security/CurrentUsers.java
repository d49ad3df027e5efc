package ru.praktika.platform.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.praktika.platform.ForbiddenException;

/** Reads the acting user from the security context. */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    public static Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof HasCurrentUser p) {
            return Optional.of(p.currentUser());
        }
        return Optional.empty();
    }

    public static CurrentUser get() {
        return find().orElseThrow(() -> new ForbiddenException("no current user"));
    }
}
