package ru.praktika.accounts;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.audit.AuditTrail;
import ru.praktika.audit.LastChange;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.NotFoundException;
import ru.praktika.platform.security.Role;

/** The admin's work with users: create, edit, switch off and on, give a temporary password. */
@Service
public class UserAdministration {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final SessionTermination sessions;
    private final LoginThrottle throttle;
    private final Clock clock;

    UserAdministration(AppUserRepository users, PasswordEncoder encoder, PasswordPolicy policy, AuditTrail audit,
                       SessionTermination sessions, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Users matching the filters; any filter may be null. */
    @Transactional(readOnly = true)
    public List<AppUser> find(Long bodyId, Role role, Boolean active) {
        return users.findAllByOrderByFullName().stream()
                .filter(u -> bodyId == null || bodyId.equals(u.getBodyId()))
                .filter(u -> role == null || u.has(role))
                .filter(u -> active == null || u.isEnabled() == active)
                .sorted(Comparator.comparing(AppUser::getFullName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Transactional(readOnly = true)
    public AppUser get(Long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    /**
     * Creates a user with a temporary password.
     *
     * @throws FieldProblem when the login is taken or the password too weak (shown next to that field)
     */
    @Transactional
    public AppUser create(UserForm form) {
        if (users.findByUsernameIgnoreCase(form.username()).isPresent()) {
            throw new FieldProblem("username", "accounts.user.usernameTaken");
        }
        checkPassword(form.username(), form.password());
        AppUser user = new AppUser(form.username(), form.fullName(), form.roles(), form.bodyId(),
                form.municipalityId());
        user.contacts(form.position(), form.email(), form.phone());
        user.giveTemporaryPassword(encoder.encode(form.password()), clock.instant());
        return users.save(user);
    }

    /** Applies the admin's edit unless someone changed the user after the form was opened. */
    @Transactional
    public void update(Long id, UserForm form) {
        AppUser user = get(id);
        if (form.version() == null || form.version() != user.getVersion()) {
            throw conflict(user);
        }
        if (!form.roles().contains(Role.ADMIN)) {
            keepAnAdmin(user);
        }
        boolean accessChanges = !user.getRoles().equals(Set.copyOf(form.roles()))
                || !Objects.equals(user.getBodyId(), form.bodyId())
                || !Objects.equals(user.getMunicipalityId(), form.municipalityId());
        user.update(form.fullName(), form.position(), form.email(), form.phone(), form.roles(),
                form.bodyId(), form.municipalityId());
        if (accessChanges) {
            // A session keeps the roles and body it signed in with: it must not outlive them.
            sessions.endAll(user.getUsername());
        }
    }

    @Transactional
    public void deactivate(Long id) {
        AppUser user = get(id);
        keepAnAdmin(user);
        user.deactivate();
        sessions.endAll(user.getUsername());
    }

    /** Nobody could manage users any more: the last active administrator stays one. */
    private void keepAnAdmin(AppUser leaving) {
        if (!leaving.isEnabled() || !leaving.has(Role.ADMIN)) {
            return;
        }
        boolean another = users.findAll().stream()
                .anyMatch(u -> u.isEnabled() && u.has(Role.ADMIN) && !u.getId().equals(leaving.getId()));
        if (!another) {
            throw new DomainException("accounts.user.lastAdmin");
        }
    }

    @Transactional
    public void activate(Long id) {
        AppUser user = get(id);
        user.activate();
        throttle.unlock(user.getUsername());
    }

    /** The operator's unlock: every client blocked for this login may try again at once. */
    @Transactional
    public void unlockLogin(Long id) {
        throttle.unlock(get(id).getUsername());
    }

    /**
     * The admin gives a forgotten password back: a temporary one under the same strength rule. Whoever
     * was signed in with the old one is signed out.
     */
    @Transactional
    public void setTemporaryPassword(Long id, String password) {
        AppUser user = get(id);
        checkPassword(user.getUsername(), password);
        user.giveTemporaryPassword(encoder.encode(password), clock.instant());
        user.activate();
        throttle.unlock(user.getUsername());
        sessions.endAll(user.getUsername());
    }

    /** "Запись изменил(а) … в …" from the last revision of the user. */
    DomainException conflict(AppUser user) {
        Optional<LastChange> last = audit.lastChange(AppUser.class, user.getId());
        return last.map(c -> new DomainException("accounts.user.conflict", c.who(),
                        WHEN.format(LocalDateTime.ofInstant(c.at(), clock.getZone()))))
                .orElseGet(() -> new DomainException("error.conflict"));
    }

    private void checkPassword(String username, String password) {
        policy.check(username, password).ifPresent(key -> {
            throw new FieldProblem("password", key);
        });
    }

    /** A rule broken by one field of a form: the message goes next to that field. */
    public static class FieldProblem extends DomainException {

        private final String field;

        FieldProblem(String field, String messageKey, Object... arguments) {
            super(messageKey, arguments);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
