package ru.praktika.accounts;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps an identity confirmed by the organisation's OIDC provider to a local, enabled user — by login
 * name ({@code preferred_username}) first, then by e-mail. Roles and body always come from the local
 * user: the provider proves who someone is, Praktika decides what they may do.
 */
@Service
class OidcLocalUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String UNKNOWN_USER = "unknown_user";

    private final OidcUserService delegate = new OidcUserService();

    private final AppUserRepository users;
    private final Clock clock;

    OidcLocalUserService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = delegate.loadUser(request);
        AppUser user = match(oidcUser)
                .filter(AppUser::isEnabled)
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error(UNKNOWN_USER, "No enabled local user for this identity", null)));
        user.loginSucceeded(clock.instant());
        return new OidcPrincipal(oidcUser, LocalUserDetailsService.authorities(user), user.asCurrentUser());
    }

    private Optional<AppUser> match(OidcUser oidcUser) {
        Optional<AppUser> byName = Optional.ofNullable(oidcUser.getPreferredUsername())
                .flatMap(users::findByUsernameIgnoreCase);
        if (byName.isPresent()) {
            return byName;
        }
        return Optional.ofNullable(oidcUser.getEmail()).flatMap(users::findByEmailIgnoreCase);
    }
}
