package ru.praktika.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.Directory;
import ru.praktika.directory.DemoCast;
import ru.praktika.platform.security.Role;

/** Demo users for every role: only in the demo run (profile {@code demo}), never in production. */
@Component
@Profile("demo")
@Order(20)
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "Praktika-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final AppUserRepository users;
    private final Directory directory;
    private final DemoCast cast;
    private final PasswordEncoder encoder;

    DemoUsers(AppUserRepository users, Directory directory, DemoCast cast, PasswordEncoder encoder) {
        this.users = users;
        this.directory = directory;
        this.cast = cast;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        // the names keep their Amur endings (zdrav, soc, blag) in every region: README and tests sign in by them
        Long minecon = directory.coordinator().getId();
        Long minzdrav = cast.firstBody();
        Long minsoc = cast.secondBody();
        String hash = encoder.encode(PASSWORD);
        List<AppUser> demo = new ArrayList<>(List.of(
                user("coordinator", "Петрова Анна Сергеевна", "консультант отдела проектной деятельности",
                        Set.of(Role.COORDINATOR, Role.OFFICER), minecon, null),
                // the coordinator's own head signs the consolidated report (its signature block names them)
                user("head.econ", "Волков Сергей Николаевич", "министр", Set.of(Role.HEAD), minecon, null),
                user("officer.zdrav", "Соколов Игорь Викторович", "главный специалист-эксперт",
                        Set.of(Role.OFFICER), minzdrav, null),
                user("head.zdrav", "Кузнецова Марина Олеговна", "заместитель министра",
                        Set.of(Role.HEAD), minzdrav, null),
                user("officer.soc", "Белова Екатерина Андреевна", "ведущий консультант",
                        Set.of(Role.OFFICER), minsoc, null),
                user("head.soc", "Григорьев Павел Николаевич", "министр",
                        Set.of(Role.HEAD), minsoc, null),
                user("observer", "Смирнов Алексей Юрьевич", "советник аппарата губернатора",
                        Set.of(Role.OBSERVER), null, null),
                user("admin", "Технический администратор", "администратор системы",
                        Set.of(Role.ADMIN), null, null)));
        cast.municipalityId().ifPresent(municipality -> demo.add(user("mun.blag", "Орлова Дарья Игоревна",
                "начальник отдела экономики администрации города", Set.of(Role.MUNICIPALITY), null, municipality)));
        demo.forEach(u -> u.setPasswordHash(hash));
        users.saveAll(demo);
        log.info("Демо-режим: созданы {} демонстрационных пользователей (пароль в README)", demo.size());
    }

    private AppUser user(String username, String fullName, String position, Set<Role> roles, Long body, Long municipality) {
        AppUser u = new AppUser(username, fullName, roles, body, municipality);
        u.contacts(position, username + "@praktika.example", "+7 (4162) 20-00-00");
        return u;
    }
}
