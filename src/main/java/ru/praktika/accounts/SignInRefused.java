package ru.praktika.accounts;

import java.time.Instant;

/**
 * Signing in to an existing account was refused for a reason the login page does not tell (it says the same to
 * everyone): the owner is told by e-mail. Published at most once per window and kind ({@link SignInNotices}).
 *
 * @param clientAddress the address the attempt came from
 */
public record SignInRefused(Long userId, String username, String fullName, String email, Reason reason,
                            String clientAddress, Instant at) {

    public enum Reason {
        /** Too many failed attempts from one client: that client may not sign in under this login for a while. */
        BLOCKED,
        /** The admin switched the account off. */
        DISABLED
    }
}
