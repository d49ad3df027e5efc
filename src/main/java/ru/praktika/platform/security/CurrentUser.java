package ru.praktika.platform.security;

import java.io.Serializable;
import java.util.Set;

/** Who is acting: kept in the session as part of the principal, read by every module. */
public record CurrentUser(Long id, String username, String fullName, Set<Role> roles, Long bodyId,
                          Long municipalityId) implements Serializable {

    /** "Петрова А. С." for the navigation bar, where the full name does not fit. */
    public String shortName() {
        String[] parts = fullName == null ? new String[0] : fullName.trim().split("\\s+");
        if (parts.length < 2) {
            return fullName;
        }
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(i == 1 ? " " : "").append(parts[i].charAt(0)).append('.');
            if (i < parts.length - 1) {
                name.append(' ');
            }
        }
        return name.toString();
    }

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
