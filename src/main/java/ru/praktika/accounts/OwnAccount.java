package ru.praktika.accounts;

import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.platform.NotFoundException;

/** What a person changes about themselves: contacts and password. */
@Service
public class OwnAccount {

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final UserAdministration administration;
    private final SessionTermination sessions;
    private final Clock clock;

    OwnAccount(AppUserRepository users, PasswordEncoder encoder, PasswordPolicy policy,
               UserAdministration administration, SessionTermination sessions, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.administration = administration;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AppUser get(Long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    @Transactional
    public void changeContacts(Long id, Long version, String position, String email, String phone) {
        AppUser user = get(id);
        if (version == null || version != user.getVersion()) {
            throw administration.conflict(user);
        }
        user.contacts(position, email, phone);
    }

    /**
     * Changes the password and ends the person's other sessions (someone who knew the old one is out).
     *
     * @param keepSessionId the session making the change, which stays
     * @throws UserAdministration.FieldProblem next to the field that is wrong
     */
    @Transactional
    public void changePassword(Long id, String current, String password, String repeat, String keepSessionId) {
        AppUser user = get(id);
        if (user.getPasswordHash() == null || current == null || !encoder.matches(current, user.getPasswordHash())) {
            throw new UserAdministration.FieldProblem("currentPassword", "accounts.password.wrongCurrent");
        }
        policy.check(user.getUsername(), password).ifPresent(key -> {
            throw new UserAdministration.FieldProblem("newPassword", key);
        });
        if (!password.equals(repeat)) {
            throw new UserAdministration.FieldProblem("repeatPassword", "accounts.password.mismatch");
        }
        if (encoder.matches(password, user.getPasswordHash())) {
            throw new UserAdministration.FieldProblem("newPassword", "accounts.password.same");
        }
        user.changePassword(encoder.encode(password), clock.instant());
        sessions.endAllBut(user.getUsername(), keepSessionId);
    }
}
