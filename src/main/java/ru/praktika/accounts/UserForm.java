package ru.praktika.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import ru.praktika.platform.security.Role;

/**
 * What the admin types about a user, bound by its constructor. Typed values are tidied here (trimmed, blank
 * is none), so validation and the page that comes back after a refusal see the same values.
 *
 * @param password only when creating: the temporary password the person changes after the first login
 * @param version  the version the form was opened on; a different one in the database means someone else edited
 */
public record UserForm(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]*") String username,
        @NotBlank @Size(max = 200) String fullName,
        @Size(max = 200) String position,
        @Email @Size(max = 200) String email,
        @Size(max = 50) String phone,
        Set<Role> roles,
        Long bodyId,
        Long municipalityId,
        String password,
        Long version) {

    public UserForm {
        username = username == null ? null : username.trim();
        fullName = fullName == null ? null : fullName.trim();
        position = blankToNull(position);
        email = blankToNull(email);
        phone = blankToNull(phone);
        // No role ticked sends no value at all.
        // A blank value converts to a null role: dropped, not a failure.
        roles = roles == null ? EnumSet.noneOf(Role.class) : roles.stream().filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    static UserForm empty() {
        return new UserForm(null, null, null, null, null, null, null, null, null, null);
    }

    static UserForm of(AppUser user) {
        return new UserForm(user.getUsername(), user.getFullName(), user.getPosition(), user.getEmail(), user.getPhone(),
                user.getRoles(), user.getBodyId(), user.getMunicipalityId(), null, user.getVersion());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
