package ru.praktika.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.praktika.PraktikaTest;

/** The admin's pages: list with filters, create, edit with optimistic locking, switch off/on, temporary password. */
@PraktikaTest
class UserAdminTest {

    private static final String PASSWORD = "Vremenny-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    AccountsTestData data;
    @Autowired
    AppUserRepository accounts;

    @Test
    void adminCreatesFindsEditsSwitchesOffAndOnAUser() throws Exception {
        String username = "new.officer." + System.nanoTime() % 100000;
        Long minzdrav = data.bodyId("minzdrav");
        MvcResult created = mvc.perform(userForm(post("/admin/users"), username, "Иванова Ольга Петровна", "OFFICER",
                minzdrav, null).param("password", PASSWORD).param("position", "консультант")).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        AppUser user = data.user(username);
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + user.getId());
        assertThat(user.getBodyId()).isEqualTo(minzdrav);
        assertThat(user.getPasswordChangedAt()).isNotNull();
        assertThat(user.isPasswordTemporary()).isTrue();

        Document list = page(get("/admin/users").param("bodyId", minzdrav.toString()).param("role", "OFFICER")
                .param("active", "true"));
        assertThat(list.select("tr[data-username=" + username + "]")).hasSize(1);
        assertThat(page(get("/admin/users").param("role", "ADMIN")).select("tr[data-username=" + username + "]")).isEmpty();

        Document edit = page(get("/admin/users/" + user.getId()));
        assertThat(edit.select("#fullName").val()).isEqualTo("Иванова Ольга Петровна");
        assertThat(edit.select("#username").hasAttr("readonly")).isTrue();
        MvcResult saved = mvc.perform(userForm(post("/admin/users/" + user.getId()), username, "Иванова Ольга Павловна",
                "HEAD", minzdrav, null).param("version", String.valueOf(user.getVersion()))).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(data.user(username).getFullName()).isEqualTo("Иванова Ольга Павловна");
        assertThat(data.user(username).getRoles()).containsExactly(ru.praktika.platform.security.Role.HEAD);

        mvc.perform(post("/admin/users/" + user.getId() + "/deactivate").with(users.as("admin")).with(csrf()));
        assertThat(data.user(username).isEnabled()).isFalse();
        assertThat(page(get("/admin/users").param("active", "false")).select("tr[data-username=" + username + "]")).hasSize(1);
        MvcResult refused = mvc.perform(formLogin().user(username).password(PASSWORD)).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        mvc.perform(post("/admin/users/" + user.getId() + "/activate").with(users.as("admin")).with(csrf()));
        assertThat(data.user(username).isEnabled()).isTrue();
        assertThat(mvc.perform(formLogin().user(username).password(PASSWORD)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void aWrongFormShowsWhatIsWrongNextToTheFieldAndKeepsWhatWasTyped() throws Exception {
        Document page = page(userForm(post("/admin/users"), "bad.officer", "Петров Пётр", "OFFICER", null, null)
                .param("password", "short").param("email", "not-an-email").param("phone", "+7 914 000-00-00"));
        assertThat(page.select("#email.is-invalid")).hasSize(1);
        assertThat(page.select("#email").val()).isEqualTo("not-an-email");
        assertThat(page.select("#fullName").val()).isEqualTo("Петров Пётр");
        assertThat(page.select("#phone").val()).isEqualTo("+7 914 000-00-00");
        assertThat(page.select("#username").val()).isEqualTo("bad.officer");
        assertThat(page.select("#password").val()).isEmpty();

        // Fields fine, the aggregate's binding rule broken: the message stands next to the body.
        Document noBody = page(userForm(post("/admin/users"), "bad.officer", "Петров Пётр", "OFFICER", null, null)
                .param("password", PASSWORD));
        assertThat(noBody.select("#bodyId.is-invalid")).hasSize(1);
        assertThat(noBody.text()).contains("Для ролей координатора, ответственного исполнителя и руководителя органа укажите орган.");

        Document weak = page(userForm(post("/admin/users"), "bad.officer", "Петров Пётр", "OFFICER",
                data.bodyId("minzdrav"), null).param("password", "bezcifr-parol"));
        assertThat(weak.select("#password.is-invalid")).hasSize(1);
        assertThat(weak.text()).contains("Пароль должен содержать и буквы, и цифры.");

        Document taken = page(userForm(post("/admin/users"), "officer.zdrav", "Петров Пётр", "OBSERVER", null, null)
                .param("password", PASSWORD));
        assertThat(taken.select("#username.is-invalid")).hasSize(1);
        assertThat(taken.text()).contains("Пользователь с таким именем уже есть.");

        Document both = page(userForm(post("/admin/users"), "bad.both", "Петров Пётр", "OFFICER",
                data.bodyId("minzdrav"), 999999L).param("password", PASSWORD));
        assertThat(both.select("#municipalityId.is-invalid")).hasSize(1);
    }

    /** UserForm is a record: Spring binds it by its constructor and th:field reads its components back. */
    @Test
    void theRecordFormComesBackAsTypedTidiedAndWithItsTicks() throws Exception {
        Document refused = page(userForm(post("/admin/users"), "  two.roles  ", "  Сидорова Анна  ", "OFFICER", null, null)
                .param("roles", "HEAD").param("position", "   ").param("password", "short"));
        assertThat(refused.select("#username").val()).isEqualTo("two.roles");
        assertThat(refused.select("#fullName").val()).isEqualTo("Сидорова Анна");
        assertThat(refused.select("#position").val()).isEmpty();
        assertThat(refused.select("input[name=roles][checked]").eachAttr("value")).containsExactlyInAnyOrder("OFFICER", "HEAD");

        // Values that cannot even be converted: no form object is built, the page still comes back with the messages.
        Document unconvertible = page(userForm(post("/admin/users"), "bad.values", "Петров Пётр", "NOT_A_ROLE", null, null)
                .param("bodyId", "abc").param("password", PASSWORD));
        assertThat(unconvertible.select("#bodyId.is-invalid")).hasSize(1);
        assertThat(unconvertible.select("#fullName").val()).isEqualTo("Петров Пётр");
        assertThat(accounts.findByUsernameIgnoreCase("bad.values")).isEmpty();

        Document noRole = page(post("/admin/users").param("username", "no.role").param("fullName", "Без Роли")
                .param("_roles", "on").param("password", PASSWORD));
        assertThat(noRole.select("input[name=roles][checked]")).isEmpty();
        assertThat(noRole.select("fieldset.is-invalid")).hasSize(1);
    }

    @Test
    void aStaleEditSaysWhoChangedTheUserAndOverwritesNothing() throws Exception {
        String username = data.officer("conflict", null);
        AppUser user = data.user(username);
        long openedAt = user.getVersion();
        Long body = user.getBodyId();
        mvc.perform(userForm(post("/admin/users/" + user.getId()), username, "Первая правка", "OFFICER", body, null)
                .param("version", String.valueOf(openedAt)));
        Document second = page(userForm(post("/admin/users/" + user.getId()), username, "Вторая правка", "OFFICER", body, null)
                .param("version", String.valueOf(openedAt)));
        assertThat(second.select("#form-errors").text())
                .contains("запись изменил(а) Технический администратор")
                .contains("Ваши изменения не сохранены");
        assertThat(second.select("#fullName").val()).isEqualTo("Вторая правка");
        assertThat(data.user(username).getFullName()).isEqualTo("Первая правка");
    }

    @Test
    void signingInDoesNotMakeAnAdminsEditConflict() throws Exception {
        String username = data.officer("login.noconflict", PASSWORD);
        AppUser before = data.user(username);
        mvc.perform(formLogin().user(username).password("wrong-password-1"));
        mvc.perform(formLogin().user(username).password(PASSWORD));
        assertThat(data.user(username).getVersion()).isEqualTo(before.getVersion());
    }

    @Test
    void theAdminGivesATemporaryPasswordUnderTheStrengthRule() throws Exception {
        String username = data.officer("temp", "Old-password-2026");
        Long id = data.user(username).getId();
        Document weak = page(post("/admin/users/" + id + "/password").param("password", "12345"));
        assertThat(weak.select("#temporary-password.is-invalid")).hasSize(1);
        assertThat(weak.text()).contains("Пароль должен содержать не менее 10 символов.");
        MvcResult ok = mvc.perform(post("/admin/users/" + id + "/password").param("password", "Novy-vremenny-77")
                .with(users.as("admin")).with(csrf())).andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + id);
        assertThat(mvc.perform(formLogin().user(username).password("Novy-vremenny-77")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(mvc.perform(formLogin().user(username).password("Old-password-2026")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void withATemporaryPasswordOnlyTheProfileOpensUntilThePersonChoosesTheirOwn() throws Exception {
        String username = data.officer("gate", "Old-password-2026");
        Long id = data.user(username).getId();
        mvc.perform(post("/admin/users/" + id + "/password").param("password", "Vydal-admin-2026")
                .with(users.as("admin")).with(csrf()));
        for (String path : new String[]{"/", "/directory", "/directory/bodies/" + data.bodyId("minzdrav")}) {
            MvcResult r = mvc.perform(get(path).with(users.as(username))).andReturn();
            assertThat(r.getResponse().getRedirectedUrl()).as(path).isEqualTo("/account");
        }
        Document profile = Jsoup.parse(mvc.perform(get("/account").with(users.as(username))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(profile.select("#temporary-password-notice").text()).startsWith("Вы вошли с временным паролем");
        mvc.perform(post("/account/password").param("currentPassword", "Vydal-admin-2026")
                .param("newPassword", "Moy-sobstvenny-1").param("repeatPassword", "Moy-sobstvenny-1")
                .with(users.as(username)).with(csrf()));
        assertThat(data.user(username).isPasswordTemporary()).isFalse();
        assertThat(mvc.perform(get("/").with(users.as(username))).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void onlyTheAdminReachesTheAdminPages() throws Exception {
        for (String who : new String[]{"coordinator", "officer.zdrav", "observer", "mun.blag", "head.soc"}) {
            assertThat(mvc.perform(get("/admin/users").with(users.as(who))).andReturn().getResponse().getStatus())
                    .as(who).isEqualTo(403);
        }
    }

    private MockHttpServletRequestBuilder userForm(MockHttpServletRequestBuilder request, String username, String fullName,
                                                   String role, Long bodyId, Long municipalityId) {
        request.param("username", username).param("fullName", fullName).param("roles", role);
        if (bodyId != null) {
            request.param("bodyId", bodyId.toString());
        }
        if (municipalityId != null) {
            request.param("municipalityId", municipalityId.toString());
        }
        return request.with(users.as("admin")).with(csrf());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request.with(users.as("admin")).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString());
    }
}
