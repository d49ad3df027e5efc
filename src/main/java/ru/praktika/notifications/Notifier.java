package ru.praktika.notifications;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.praktika.accounts.AppUser;

/**
 * Delivers one notice to people: in the application always, by e-mail when SMTP is configured. A notice
 * with a dispatch key is delivered only by whoever claims the key first. Mail is stored in the outbox in the
 * same transaction as the notice and sent after the commit ({@link MailOutboxSender}).
 */
@Component
class Notifier {

    private final NotificationRepository notifications;
    private final Dispatches dispatches;
    private final MailOutbox outbox;
    private final MailOutboxSender sender;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationsProperties properties;
    private final Clock clock;
    private final String baseUrl;
    private final String mailHost;

    Notifier(NotificationRepository notifications, Dispatches dispatches, MailOutbox outbox, MailOutboxSender sender,
             ObjectProvider<JavaMailSender> mail,
             NotificationsProperties properties, Clock clock,
             @org.springframework.beans.factory.annotation.Value("${praktika.base-url:http://localhost:8080}") String baseUrl,
             @org.springframework.beans.factory.annotation.Value("${spring.mail.host:}") String mailHost) {
        this.mailHost = mailHost;
        this.outbox = outbox;
        this.sender = sender;
        this.notifications = notifications;
        this.dispatches = dispatches;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** @return false if the key had already been claimed (nothing delivered). */
    boolean deliverOnce(String dispatchKey, Collection<AppUser> to, Collection<AppUser> copy, Notice notice) {
        if (!dispatches.claim(dispatchKey)) {
            return false;
        }
        deliver(to, copy, notice);
        return true;
    }

    void deliver(Collection<AppUser> to, Collection<AppUser> copy, Notice notice) {
        Map<Long, AppUser> everyone = new LinkedHashMap<>();
        to.forEach(u -> everyone.put(u.getId(), u));
        copy.forEach(u -> everyone.putIfAbsent(u.getId(), u));
        for (AppUser u : everyone.values()) {
            notifications.save(new Notification(u.getId(), notice.kind(), notice.title(), notice.text(), notice.link(),
                    clock.instant()));
        }
        String[] toMail = to.stream().map(AppUser::getEmail).filter(e -> e != null && !e.isBlank()).distinct()
                .toArray(String[]::new);
        String[] ccMail = copy.stream().map(AppUser::getEmail).filter(e -> e != null && !e.isBlank()).distinct()
                .toArray(String[]::new);
        if (toMail.length == 0 && ccMail.length == 0) {
            return;
        }
        boolean hasTo = toMail.length > 0;
        mail(hasTo ? toMail : ccMail, hasTo ? ccMail : new String[0], notice.title(),
                notice.text() + (notice.link() == null ? "" : "\n\n" + baseUrl + notice.link()));
    }

    /**
     * E-mail alone, without a notice in the application: for a person who cannot sign in to read it (a refused
     * sign-in). Nothing when SMTP is not configured.
     */
    void mailOnly(String to, String subject, String text) {
        if (to != null && !to.isBlank()) {
            mail(new String[] {to}, new String[0], subject, text);
        }
    }

    private void mail(String[] to, String[] cc, String subject, String body) {
        if (!mailConfigured()) {
            return;
        }
        outbox.add(to, cc, subject, body);
        // The mail goes out after the commit, from the outbox, on a background thread: a rolled-back run
        // sends nothing, and no request waits for the mail server.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.wakeUp();
                }
            });
        } else {
            sender.wakeUp();
        }
    }

    private boolean mailConfigured() {
        return mail.getIfAvailable() != null && properties.mailEnabled() && mailHost != null && !mailHost.isBlank();
    }

    record Notice(String kind, String title, String text, String link) {
    }
}
