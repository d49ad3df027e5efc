package ru.praktika.accounts;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import ru.praktika.platform.security.Role;

/**
 * A production start creates no users but the first administrator named by configuration
 * ({@code PRAKTIKA_ACCOUNTS_BOOTSTRAP_ADMIN_USERNAME} / {@code _PASSWORD}), and only into an empty table.
 */
@Component
@Order(30)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AppUserRepository users;
    private final AccountsProperties properties;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;

    BootstrapAdmin(AppUserRepository users, AccountsProperties properties, PasswordEncoder encoder, PasswordPolicy policy) {
        this.users = users;
        this.properties = properties;
        this.encoder = encoder;
        this.policy = policy;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        AccountsProperties.BootstrapAdmin admin = properties.bootstrapAdmin();
        if (!StringUtils.hasText(admin.username()) || !StringUtils.hasText(admin.password())) {
            log.warn("В базе нет ни одного пользователя. Задайте первого администратора: "
                    + "PRAKTIKA_ACCOUNTS_BOOTSTRAP_ADMIN_USERNAME и PRAKTIKA_ACCOUNTS_BOOTSTRAP_ADMIN_PASSWORD");
            return;
        }
        policy.check(admin.username(), admin.password()).ifPresent(problem -> {
            throw new IllegalStateException("The bootstrap admin password is too weak: " + problem);
        });
        AppUser user = new AppUser(admin.username(), "Администратор", Set.of(Role.ADMIN), null, null);
        user.setPasswordHash(encoder.encode(admin.password()));
        users.save(user);
        log.info("Создан первый администратор «{}»", admin.username());
    }
}
