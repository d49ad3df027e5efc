package ru.praktika.accounts;

import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.platform.People;
import ru.praktika.platform.Person;
import ru.praktika.platform.security.Role;

/** {@link People} from the user accounts: their names, positions and phones as the administrator keeps them. */
@Component
@Transactional(readOnly = true)
class AccountPeople implements People {

    private final AppUserRepository users;

    AccountPeople(AppUserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<Person> headOf(Long bodyId) {
        return withRole(bodyId, Role.HEAD).findFirst().map(AccountPeople::person);
    }

    @Override
    public Optional<Person> officerOf(Long bodyId, String preferred) {
        var officers = withRole(bodyId, Role.OFFICER).toList();
        return officers.stream().filter(u -> u.getUsername().equalsIgnoreCase(preferred == null ? "" : preferred))
                .findFirst().or(() -> officers.stream().findFirst()).map(AccountPeople::person);
    }

    @Override
    public Optional<Person> byUsername(String username) {
        return username == null ? Optional.empty() : users.findByUsernameIgnoreCase(username).map(AccountPeople::person);
    }

    private java.util.stream.Stream<AppUser> withRole(Long bodyId, Role role) {
        if (bodyId == null) {
            return java.util.stream.Stream.empty();
        }
        return users.findByBodyIdOrderByFullName(bodyId).stream().filter(AppUser::isEnabled).filter(u -> u.has(role))
                .sorted(Comparator.comparing(AppUser::getFullName));
    }

    private static Person person(AppUser u) {
        return new Person(u.getUsername(), u.getFullName(), u.getPosition(), u.getPhone(), u.getEmail());
    }
}
