package ru.praktika.accounts;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.HasCurrentUser;

/** The principal of an OIDC login, bound to the local user it was mapped to. */
class OidcPrincipal extends DefaultOidcUser implements HasCurrentUser {

    private final CurrentUser currentUser;

    OidcPrincipal(OidcUser oidcUser, Collection<? extends GrantedAuthority> authorities, CurrentUser currentUser) {
        super(authorities, oidcUser.getIdToken(), oidcUser.getUserInfo());
        this.currentUser = currentUser;
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
    }

    @Override
    public String getName() {
        return currentUser.username();
    }
}
