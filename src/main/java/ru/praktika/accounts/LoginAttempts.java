package ru.praktika.accounts;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.platform.security.HasCurrentUser;

/**
 * A successful login: stamps the last login and clears the client's throttle for that login. Failures
 * need nothing here: {@link LoginThrottleFilter} counted the attempt before the password was checked.
 */
@Component
class LoginAttempts {

    private final AppUserRepository users;
    private final LoginThrottle throttle;
    private final Clock clock;

    LoginAttempts(AppUserRepository users, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof HasCurrentUser p) {
            users.findById(p.currentUser().id()).ifPresent(u -> u.loginSucceeded(clock.instant()));
            if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails d) {
                throttle.succeeded(d.getRemoteAddress(), p.currentUser().username());
            }
        }
    }
}
