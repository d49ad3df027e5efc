package ru.praktika.accounts;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.HasCurrentUser;
import ru.praktika.platform.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signs MockMvc requests in as one of the demo users, with the same principal a real login builds.
 * Demo users: coordinator, officer.zdrav, head.zdrav, officer.soc, head.soc, mun.blag, observer, admin.
 */
@Component
public class TestUsers {

    private final UserDetailsService users;

    TestUsers(UserDetailsService users) {
        this.users = users;
    }

    public RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** A demo user holding {@code role} (the coordinator also holds OFFICER for its own body). */
    public RequestPostProcessor as(Role role) {
        return as(demoUsername(role));
    }

    public static String demoUsername(Role role) {
        return switch (role) {
            case COORDINATOR -> "coordinator";
            case OFFICER -> "officer.zdrav";
            case HEAD -> "head.zdrav";
            case MUNICIPALITY -> "mun.blag";
            case OBSERVER -> "observer";
            case ADMIN -> "admin";
        };
    }

    public CurrentUser current(String username) {
        return ((HasCurrentUser) users.loadUserByUsername(username)).currentUser();
    }
}
