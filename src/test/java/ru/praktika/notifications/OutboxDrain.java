package ru.praktika.notifications;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For tests of other packages that read the mail a change sends: tests keep the outbox's own sender asleep
 * (application-test.yml), so they send what is due themselves before looking into GreenMail.
 */
public final class OutboxDrain {

    private OutboxDrain() {
    }

    public static int sendDue(ApplicationContext context) {
        return context.getBean(MailOutboxSender.class).sendDue();
    }

    /**
     * Forgets the mail other tests left in the outbox of the shared test database: a test that counts mail
     * would otherwise receive theirs as soon as it sends its own.
     */
    public static void forget(ApplicationContext context) {
        context.getBean(JdbcTemplate.class).update("delete from mail_outbox");
    }
}
