package ru.praktika.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.platform.security.Role;

/** Without the demo profile there are no demo users; the configured first admin is created once. */
class ProductionStartTest extends ProductionStartContext {

    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PasswordPolicy policy;
    @Autowired
    MockMvc mvc;

    @Test
    void noDemoUsersAndExactlyTheConfiguredAdmin() throws Exception {
        for (String demo : List.of("coordinator", "officer.zdrav", "head.zdrav", "officer.soc", "head.soc", "mun.blag",
                "observer", "admin")) {
            assertThat(users.findByUsernameIgnoreCase(demo)).as(demo).isEmpty();
        }
        List<AppUser> admins = users.findAll().stream().filter(u -> u.has(Role.ADMIN)).toList();
        assertThat(admins).hasSize(1);
        assertThat(admins.get(0).getUsername()).isEqualTo(ADMIN);
        assertThat(admins.get(0).getRoles()).containsExactly(Role.ADMIN);
        assertThat(mvc.perform(formLogin().user(ADMIN).password(ADMIN_PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aSecondStartWithUsersInTheTableCreatesNothing() throws Exception {
        long before = users.count();
        AccountsProperties other = new AccountsProperties(5, Duration.ofMinutes(15),
                new AccountsProperties.BootstrapAdmin("another.admin", "Drugoy-admin-2026"));
        new BootstrapAdmin(users, other, encoder, policy).run(new DefaultApplicationArguments());
        assertThat(users.count()).isEqualTo(before);
        assertThat(users.findByUsernameIgnoreCase("another.admin")).isEmpty();
    }
}
