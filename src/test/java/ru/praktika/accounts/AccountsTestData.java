package ru.praktika.accounts;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.ResponsibleBodyRepository;
import ru.praktika.platform.security.Role;

/** Fresh users for tests that sign in for real (the shared database keeps everyone's records). */
@Component
public class AccountsTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AppUserRepository users;
    private final ResponsibleBodyRepository bodies;
    private final PasswordEncoder encoder;

    AccountsTestData(AppUserRepository users, ResponsibleBodyRepository bodies, PasswordEncoder encoder) {
        this.users = users;
        this.bodies = bodies;
        this.encoder = encoder;
    }

    /** A new officer of Minzdrav with the given password; returns the login. */
    @Transactional
    public String officer(String prefix, String password) {
        String username = prefix + "." + System.nanoTime() % 1_000_000 + "." + SEQUENCE.incrementAndGet();
        AppUser u = new AppUser(username, "Тестов Тест " + username, Set.of(Role.OFFICER), bodyId("minzdrav"), null);
        u.contacts("главный специалист", username + "@test.example", "+7 (4162) 00-00-00");
        if (password != null) {
            u.setPasswordHash(encoder.encode(password));
        }
        users.save(u);
        return username;
    }

    public Long bodyId(String code) {
        return bodies.findByCode(code).orElseThrow().getId();
    }

    @Transactional(readOnly = true)
    public AppUser user(String username) {
        AppUser u = users.findByUsernameIgnoreCase(username).orElseThrow();
        u.getRoles();
        return u;
    }
}
