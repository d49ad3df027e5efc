package ru.praktika.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The strength rule: spaces do not make a password long, and bcrypt's 72 bytes are the ceiling. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void spacesDoNotCountTowardTheMinimumLength() {
        assertThat(policy.check("ivanov", "a1        ")).contains("accounts.password.tooShort");
        assertThat(policy.check("ivanov", "a 1 b 2 c 3 d 4 e")).contains("accounts.password.tooShort");
        assertThat(policy.check("ivanov", "a1b2c3d4e5")).isEmpty();
        assertThat(policy.check("ivanov", "a1b2 c3d4 e5")).isEmpty();
    }

    @Test
    void overSeventyTwoBytesIsRefusedWithAMessage() {
        assertThat(policy.check("ivanov", "a1" + "b".repeat(70))).isEmpty();
        assertThat(policy.check("ivanov", "a1" + "b".repeat(71))).contains("accounts.password.tooLong");
        // Cyrillic letters take two bytes each in UTF-8.
        assertThat(policy.check("ivanov", "1" + "я".repeat(36))).contains("accounts.password.tooLong");
    }
}
