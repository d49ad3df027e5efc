package ru.praktika.platform.security;

import java.io.Serializable;
import java.util.Set;

/** Who is acting: kept in the session as part of the principal, read by every module. */
public record CurrentUser(Long id, String username, String fullName, Set<Role> roles, Long bodyId,
                          Long municipalityId) implements Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Coordinator and observer see every body's records; the admin sees the directory, not the work. */
    public boolean seesAllBodies() {
        return has(Role.COORDINATOR) || has(Role.OBSERVER);
    }

    public boolean belongsTo(Long body) {
        return bodyId != null && bodyId.equals(body);
    }
}
