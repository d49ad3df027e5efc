package ru.praktika.audit;

import java.time.Instant;

/**
 * Who last changed a record and when: what an edit form says when its version is stale.
 *
 * @param username the login of the person ("system" for changes made by the application itself)
 * @param fullName their full name at the time, or null for the system
 */
public record LastChange(String username, String fullName, Instant at) {

    /** The name to show a person: the full name, or the login when none was recorded. */
    public String who() {
        return fullName != null ? fullName : username;
    }
}
