package ru.praktika.notifications;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.praktika.accounts.AppUser;
import ru.praktika.accounts.AppUserRepository;
import ru.praktika.directory.Directory;
import ru.praktika.platform.security.Role;

/** Who hears about a body's report: its officers and head; the coordinator's staff for copies. */
@Component
class Recipients {

    private final AppUserRepository users;
    private final Directory directory;

    Recipients(AppUserRepository users, Directory directory) {
        this.users = users;
        this.directory = directory;
    }

    List<AppUser> ofBody(Long bodyId) {
        return users.findByBodyIdOrderByFullName(bodyId).stream()
                .filter(AppUser::isEnabled)
                .filter(u -> u.has(Role.OFFICER) || u.has(Role.HEAD)).toList();
    }

    List<AppUser> headsOf(Long bodyId) {
        return users.findByBodyIdOrderByFullName(bodyId).stream().filter(AppUser::isEnabled).filter(u -> u.has(Role.HEAD)).toList();
    }

    List<AppUser> coordinators() {
        return users.findAllByOrderByFullName().stream().filter(AppUser::isEnabled).filter(u -> u.has(Role.COORDINATOR)).toList();
    }

    List<AppUser> user(Long id) {
        return id == null ? List.of() : users.findById(id).filter(AppUser::isEnabled).map(List::of).orElse(List.of());
    }

    /**
     * The person responsible for a roadmap activity. A roadmap names its responsible person as text, and
     * that person need not have an account: then the reminder goes to the body's officers, who run the roadmap.
     */
    List<AppUser> responsibleFor(Long userId, Long bodyId) {
        List<AppUser> person = user(userId);
        if (!person.isEmpty() || bodyId == null) {
            return person;
        }
        return ofBody(bodyId).stream().filter(u -> u.has(Role.OFFICER)).toList();
    }

    String bodyName(Long bodyId) {
        return directory.body(bodyId).getShortName();
    }
}
