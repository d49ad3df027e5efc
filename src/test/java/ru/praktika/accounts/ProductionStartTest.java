package ru.praktika.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
    @Autowired
    TestUsers testUsers;

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
    void theLastActiveAdminCannotBeSwitchedOffOrDemoted() throws Exception {
        AppUser admin = users.findByUsernameIgnoreCase(ADMIN).orElseThrow();
        MvcResult off = mvc.perform(post("/admin/users/" + admin.getId() + "/deactivate").with(testUsers.as(ADMIN))
                .with(csrf())).andReturn();
        assertThat(off.getResponse().getStatus()).isEqualTo(422);
        assertThat(off.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Это последний активный администратор");
        MvcResult demoted = mvc.perform(post("/admin/users/" + admin.getId()).param("username", ADMIN)
                .param("fullName", "Администратор").param("roles", "OBSERVER").param("version", String.valueOf(admin.getVersion()))
                .with(testUsers.as(ADMIN)).with(csrf())).andReturn();
        assertThat(demoted.getResponse().getStatus()).isEqualTo(200);
        assertThat(demoted.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Это последний активный администратор");
        AppUser after = users.findByUsernameIgnoreCase(ADMIN).orElseThrow();
        assertThat(after.isEnabled()).isTrue();
        assertThat(after.getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void aSecondStartWithUsersInTheTableCreatesNothing() throws Exception {
        long before = users.count();
        AccountsProperties other = new AccountsProperties(10, Duration.ofMinutes(15), 3, Duration.ofHours(12),
                new AccountsProperties.BootstrapAdmin("another.admin", "Drugoy-admin-2026"));
        new BootstrapAdmin(users, other, encoder, policy).run(new DefaultApplicationArguments());
        assertThat(users.count()).isEqualTo(before);
        assertThat(users.findByUsernameIgnoreCase("another.admin")).isEmpty();
    }
}
