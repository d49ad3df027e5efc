package ru.praktika.platform;

import org.springframework.security.access.AccessDeniedException;

/** A user reached for a record outside their body or municipality; rendered as the Russian 403 page. */
public class ForbiddenException extends AccessDeniedException {

    public ForbiddenException(String reason) {
        super(reason);
    }
}
