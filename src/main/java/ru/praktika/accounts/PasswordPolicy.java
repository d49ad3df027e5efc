package ru.praktika.accounts;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The strength rule: at least 10 characters, letters and digits, not the login. Returns the message
 * key of the first rule broken.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    Optional<String> check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("accounts.password.tooShort");
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
