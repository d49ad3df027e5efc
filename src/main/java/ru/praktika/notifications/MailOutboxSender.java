package ru.praktika.notifications;

import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox: right after a commit on a background thread (nobody's request waits for the SMTP server)
 * and on a periodic run that picks up retries and the mail of a sender that died. Each mail is claimed with a
 * lease before it is sent and marked sent right after the server accepted it, so it goes out once, on one
 * instance; only a kill in the instant between the server's "accepted" and the mark can repeat it.
 */
@Component
class MailOutboxSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailOutboxSender.class);
    private static final int MAX_PER_RUN = 200;

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationsProperties notifications;
    private final OutboxProperties properties;
    private final String name = senderName();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mail-outbox");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean woken = new AtomicBoolean();

    MailOutboxSender(MailOutbox outbox, ObjectProvider<JavaMailSender> mail, NotificationsProperties notifications,
                     OutboxProperties properties) {
        this.outbox = outbox;
        this.mail = mail;
        this.notifications = notifications;
        this.properties = properties;
    }

    /** After a commit that stored mail: one background run, however many commits asked for it meanwhile. */
    void wakeUp() {
        if (properties.wakeAfterCommit() && woken.compareAndSet(false, true)) {
            background.execute(() -> {
                woken.set(false);
                sendDue();
            });
        }
    }

    @Scheduled(fixedDelayString = "${praktika.notifications.outbox.poll:PT30S}", initialDelayString = "${praktika.notifications.outbox.poll:PT30S}")
    @SchedulerLock(name = "praktika-mail-outbox", lockAtMostFor = "PT5M")
    public void run() {
        sendDue();
    }

    /** Sends what is due now; returns how many mails went out. */
    int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || !notifications.mailEnabled()) {
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < MAX_PER_RUN; i++) {
            Optional<OutboxMail> next = outbox.claim(name, properties.lease().toSeconds());
            if (next.isEmpty()) {
                break;
            }
            if (send(sender, next.get())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, OutboxMail m) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(notifications.mailFrom());
            helper.setTo(m.to().toArray(String[]::new));
            if (!m.cc().isEmpty()) {
                helper.setCc(m.cc().toArray(String[]::new));
            }
            helper.setSubject(m.subject());
            helper.setText(m.body());
            sender.send(message);
        } catch (Exception e) { // MailException, MessagingException: the server is away, slow or refused
            boolean giveUp = m.attempts() >= properties.maxAttempts();
            outbox.failed(m.id(), name, String.valueOf(e.getMessage()), properties.backoff(m.attempts()).toSeconds(), giveUp);
            log.warn("Письмо «{}» не отправлено (попытка {}{}): {}", m.subject(), m.attempts(),
                    giveUp ? ", последняя" : "", e.getMessage());
            return false;
        }
        if (!outbox.sent(m.id(), name)) {
            log.warn("Письмо «{}» отправлено после истечения аренды: другой отправитель мог отправить его ещё раз", m.subject());
        }
        return true;
    }

    private static String senderName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "localhost";
        }
        String id = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() > 100 ? id.substring(id.length() - 100) : id;
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
