package ru.praktika.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.Role;

class CurrentUserTest {

    private static CurrentUser named(String fullName) {
        return new CurrentUser(1L, "u", fullName, Set.of(Role.OFFICER), 1L, null);
    }

    @Test
    void shortNameIsTheSurnameWithInitials() {
        assertThat(named("Петрова Анна Сергеевна").shortName()).isEqualTo("Петрова А. С.");
        assertThat(named("Соколов Игорь").shortName()).isEqualTo("Соколов И.");
        assertThat(named("Администратор").shortName()).isEqualTo("Администратор");
        assertThat(named("  Орлова   Дарья  Игоревна ").shortName()).isEqualTo("Орлова Д. И.");
    }
}
