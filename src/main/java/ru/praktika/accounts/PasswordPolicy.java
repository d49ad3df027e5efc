package ru.praktika.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The strength rule: at least 10 characters besides spaces, letters and digits, not the login, at most 72
 * bytes in UTF-8 (bcrypt ignores the rest, and Spring's encoder refuses it). Returns the message key of the
 * first rule broken.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    Optional<String> check(String username, String password) {
        if (password == null || password.codePoints().filter(c -> !Character.isWhitespace(c)
                && !Character.isSpaceChar(c)).count() < MIN_LENGTH) {
            return Optional.of("accounts.password.tooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("accounts.password.tooLong");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("accounts.password.lettersAndDigits");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("accounts.password.containsLogin");
        }
        return Optional.empty();
    }
}
