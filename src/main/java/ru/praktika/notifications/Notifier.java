package ru.praktika.notifications;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.praktika.accounts.AppUser;

/**
 * Delivers one notice to people: in the application always, by e-mail when SMTP is configured. A notice
 * with a dispatch key is delivered only by whoever claims the key first. Mail goes out after the commit, so
 * a rolled-back run sends nothing.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final NotificationRepository notifications;
    private final Dispatches dispatches;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationsProperties properties;
    private final Clock clock;
    private final String baseUrl;
    private final String mailHost;

    Notifier(NotificationRepository notifications, Dispatches dispatches, ObjectProvider<JavaMailSender> mail,
             NotificationsProperties properties, Clock clock,
             @org.springframework.beans.factory.annotation.Value("${praktika.base-url:http://localhost:8080}") String baseUrl,
             @org.springframework.beans.factory.annotation.Value("${spring.mail.host:}") String mailHost) {
        this.mailHost = mailHost;
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
        Runnable send = () -> send(toMail.length > 0 ? toMail : ccMail, toMail.length > 0 ? ccMail : new String[0], notice);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private void send(String[] to, String[] cc, Notice notice) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || !properties.mailEnabled() || mailHost == null || mailHost.isBlank()) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        if (cc.length > 0) {
            message.setCc(cc);
        }
        message.setSubject(notice.title());
        message.setText(notice.text() + (notice.link() == null ? "" : "\n\n" + baseUrl + notice.link()));
        try {
            sender.send(message);
        } catch (MailException e) {
            // The in-app notice is already there; a mail outage must not undo it.
            log.warn("Не удалось отправить письмо «{}»: {}", notice.title(), e.getMessage());
        }
    }

    record Notice(String kind, String title, String text, String link) {
    }
}
