package ru.praktika.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.accounts.AppUser;
import ru.praktika.accounts.AppUserRepository;
import ru.praktika.reporting.ReportingMailPort;
import ru.praktika.reporting.ReportingTest;

/**
 * Mail from the stored outbox (issue 11): written with the notice, sent after the commit, once, even when a
 * sender died holding a mail, retried with a growing wait when the server fails, and a silent server costs a
 * send its timeout, not a user's request.
 */
@ReportingTest
class MailOutboxTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ReportingMailPort.smtp());

    @Autowired Notifier notifier;
    @Autowired MailOutbox outbox;
    @Autowired MailOutboxSender sender;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired AppUserRepository users;
    @Autowired JavaMailSender javaMail;

    @Test
    void theMailIsStoredWithTheNoticeAndSentOnceAfterTheCommit() throws Exception {
        drain();
        AppUser head = users.findByUsernameIgnoreCase("head.zdrav").orElseThrow();
        tx.executeWithoutResult(s -> {
            notifier.deliver(List.of(head), List.of(), notice("Откатится"));
            s.setRollbackOnly();
        });
        assertThat(pending("Откатится")).as("a rolled-back notice leaves no mail").isZero();

        tx.executeWithoutResult(s -> notifier.deliver(List.of(head), List.of(), notice("Подпись отчёта")));
        assertThat(pending("Подпись отчёта")).isEqualTo(1);
        assertThat(mail.getReceivedMessages()).as("nothing is sent inside the transaction").isEmpty();

        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).isZero();
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(mail.getReceivedMessages()[0].getSubject()).isEqualTo("Подпись отчёта");
        assertThat(pending("Подпись отчёта")).isZero();
    }

    /** A sender killed after it claimed a mail (before or while sending): the mail waits out the lease, then goes once. */
    @Test
    void aKilledSendersMailGoesOutOnceAfterItsLeaseRunsOut() throws Exception {
        drain();
        outbox.add(new String[] {"officer.zdrav@praktika.example"}, new String[0], "Осиротевшее письмо", "текст");
        OutboxMail claimed = outbox.claim("killed-sender", 120).orElseThrow();

        assertThat(sender.sendDue()).as("the lease still holds").isZero();
        jdbc.update("update mail_outbox set claimed_until = now() - interval '1 second' where id = ?", claimed.id());
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).isZero();
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(outbox.sent(claimed.id(), "killed-sender")).as("the dead sender cannot mark it again").isFalse();
    }

    @Test
    void aFailingServerIsRetriedLaterWithAGrowingWait() throws Exception {
        drain();
        mail.stop();
        outbox.add(new String[] {"officer.soc@praktika.example"}, new String[0], "Повтор", "текст");
        assertThat(sender.sendDue()).isZero();
        assertThat(jdbc.queryForObject("select attempts from mail_outbox where subject = 'Повтор' and sent_at is null",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select extract(epoch from next_attempt_at - now()) from mail_outbox "
                + "where subject = 'Повтор'", Double.class)).isBetween(50.0, 61.0);

        mail.start();
        assertThat(sender.sendDue()).as("not due yet").isZero();
        jdbc.update("update mail_outbox set next_attempt_at = now() where subject = 'Повтор'");
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theWaitDoublesUpToItsCap() {
        OutboxProperties p = new OutboxProperties(null, Duration.ofMinutes(1), Duration.ofHours(6), 10, true);
        assertThat(List.of(p.backoff(1), p.backoff(2), p.backoff(3), p.backoff(12)))
                .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofHours(6));
    }

    /** The server takes the connection and never answers (a mail server taking 20 s per message, or worse). */
    @Test
    void aSilentServerCostsTheSenderItsTimeoutAndTheUserNothing() throws Exception {
        drain();
        JavaMailSenderImpl impl = (JavaMailSenderImpl) javaMail;
        assertThat(impl.getJavaMailProperties()).containsEntry("mail.smtp.connectiontimeout", "5000")
                .containsEntry("mail.smtp.timeout", "10000").containsEntry("mail.smtp.writetimeout", "10000");
        int port = impl.getPort();
        Properties production = impl.getJavaMailProperties();
        List<Socket> held = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Properties quick = new Properties();
            quick.putAll(production);
            quick.put("mail.smtp.timeout", "1500");
            impl.setJavaMailProperties(quick);
            impl.setPort(silent.getLocalPort());

            AppUser head = users.findByUsernameIgnoreCase("head.soc").orElseThrow();
            long started = System.nanoTime();
            tx.executeWithoutResult(s -> notifier.deliver(List.of(head), List.of(), notice("Медленный сервер")));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the user's transaction")
                    .isLessThan(Duration.ofSeconds(1));

            started = System.nanoTime();
            assertThat(sender.sendDue()).isZero();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("one failed send")
                    .isLessThan(Duration.ofSeconds(5));
            assertThat(jdbc.queryForObject("select last_error from mail_outbox where subject = 'Медленный сервер'",
                    String.class)).isNotBlank();
            acceptor.interrupt();
        } finally {
            impl.setPort(port);
            impl.setJavaMailProperties(production);
            synchronized (held) {
                for (Socket s : held) {
                    s.close();
                }
            }
        }
        jdbc.update("update mail_outbox set next_attempt_at = now() where subject = 'Медленный сервер'");
        assertThat(sender.sendDue()).isEqualTo(1);
    }

    private void drain() throws Exception {
        jdbc.update("update mail_outbox set failed_at = now() where sent_at is null and failed_at is null");
        mail.purgeEmailFromAllMailboxes();
    }

    private int pending(String subject) {
        return jdbc.queryForObject("select count(*) from mail_outbox where subject = ? and sent_at is null",
                Integer.class, subject);
    }

    private static Notifier.Notice notice(String title) {
        return new Notifier.Notice("TEST", title, "Текст уведомления", null);
    }
}
