package ru.praktika.accounts;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.platform.security.HasCurrentUser;

/**
 * Throttles password guessing: after N failures in a row the account rests for a while. Kept in the
 * database, so the limit holds across application instances.
 */
@Component
class LoginAttempts {

    private final AppUserRepository users;
    private final AccountsProperties properties;
    private final Clock clock;

    LoginAttempts(AppUserRepository users, AccountsProperties properties, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).trim();
        users.findByUsernameIgnoreCase(username).ifPresent(u ->
                u.loginFailed(properties.maxFailedLogins(), clock.instant().plus(properties.lockDuration())));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof HasCurrentUser p) {
            users.findById(p.currentUser().id()).ifPresent(u -> u.loginSucceeded(clock.instant()));
        }
    }
}
