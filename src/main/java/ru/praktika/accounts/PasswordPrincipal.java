package ru.praktika.accounts;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.HasCurrentUser;

/** The principal of a form login. */
class PasswordPrincipal extends User implements HasCurrentUser {

    private final CurrentUser currentUser;

    /** Throttling is per client and login ({@link LoginThrottle}), so the account itself is never locked. */
    PasswordPrincipal(AppUser user, Collection<? extends GrantedAuthority> authorities) {
        super(user.getUsername(), user.getPasswordHash() == null ? "" : user.getPasswordHash(), user.isEnabled(),
                true, true, true, authorities);
        this.currentUser = user.asCurrentUser();
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
    }
}
