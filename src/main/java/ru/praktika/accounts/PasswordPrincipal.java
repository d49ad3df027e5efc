package ru.praktika.accounts;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.HasCurrentUser;

/** The principal of a form login. */
class PasswordPrincipal extends User implements HasCurrentUser {

    private final CurrentUser currentUser;

    PasswordPrincipal(AppUser user, boolean locked, Collection<? extends GrantedAuthority> authorities) {
        super(user.getUsername(), user.getPasswordHash() == null ? "" : user.getPasswordHash(), user.isEnabled(),
                true, true, !locked, authorities);
        this.currentUser = user.asCurrentUser();
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
    }
}
