package ru.praktika.accounts;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.Directory;
import ru.praktika.directory.ResponsibleBodyRepository;
import ru.praktika.platform.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** One user per role holding that role alone, for tests that reason role by role. */
@Component
public class MatrixUsers {

    private final AppUserRepository users;
    private final ResponsibleBodyRepository bodies;
    private final Directory directory;
    private final UserDetailsService details;
    private final Map<Role, String> names = new EnumMap<>(Role.class);

    MatrixUsers(AppUserRepository users, ResponsibleBodyRepository bodies, Directory directory, UserDetailsService details) {
        this.users = users;
        this.bodies = bodies;
        this.directory = directory;
        this.details = details;
    }

    @Transactional
    public RequestPostProcessor as(Role role) {
        String username = names.computeIfAbsent(role, this::create);
        return user(details.loadUserByUsername(username));
    }

    private String create(Role role) {
        String username = "matrix." + role.name().toLowerCase();
        if (users.findByUsernameIgnoreCase(username).isEmpty()) {
            Long body = switch (role) {
                case COORDINATOR -> bodies.findByCode("minecon").orElseThrow().getId();
                case OFFICER, HEAD -> bodies.findByCode("minzdrav").orElseThrow().getId();
                default -> null;
            };
            Long municipality = role == Role.MUNICIPALITY ? directory.municipalities().get(0).getId() : null;
            AppUser u = new AppUser(username, "Проверка " + role, Set.of(role), body, municipality);
            u.setPasswordHash("{noop}unused");
            users.save(u);
        }
        return username;
    }
}
