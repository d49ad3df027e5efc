package ru.praktika.notifications;

import org.springframework.context.ApplicationContext;

/** Lets a test outside this package send what waits in the mail outbox now, as the scheduled sender would. */
public final class MailOutboxDrain {

    private MailOutboxDrain() {
    }

    public static int sendDue(ApplicationContext context) {
        return context.getBean(MailOutboxSender.class).sendDue();
    }
}
