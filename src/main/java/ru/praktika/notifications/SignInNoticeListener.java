package ru.praktika.notifications;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.praktika.accounts.AccountsProperties;
import ru.praktika.accounts.SignInRefused;

/**
 * The owner of an account hears by e-mail why signing in was refused (issue 10): the login page says the same
 * to everyone. E-mail only: a person who cannot sign in would never read a notice in the application. How often
 * is decided in accounts (once per window), so this sends every event it hears.
 */
@Component
class SignInNoticeListener {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Notifier notifier;
    private final Texts texts;
    private final AccountsProperties accounts;
    private final Clock clock;

    SignInNoticeListener(Notifier notifier, Texts texts, AccountsProperties accounts, Clock clock) {
        this.notifier = notifier;
        this.texts = texts;
        this.accounts = accounts;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SignInRefused e) {
        String at = AT.format(e.at().atZone(clock.getZone()));
        String kind = e.reason() == SignInRefused.Reason.BLOCKED ? "blocked" : "disabled";
        long minutes = accounts.lockDuration().toMinutes();
        notifier.mailOnly(e.email(), texts.get("notifications.signin." + kind + ".title"),
                texts.get("notifications.signin." + kind + ".text", e.fullName(), at, e.clientAddress(), e.username(),
                        texts.plural(minutes, "notifications.signin.minutes")));
    }
}
