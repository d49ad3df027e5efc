package ru.praktika.notifications;

import org.springframework.stereotype.Component;

/**
 * For tests of other packages that check mail: in tests nothing sends the outbox behind their back
 * (application-test.yml), so a test sends it when it wants to look at the mailbox.
 */
@Component
public class TestMailOutbox {

    private final MailOutboxSender sender;

    TestMailOutbox(MailOutboxSender sender) {
        this.sender = sender;
    }

    /** Sends every mail due now; returns how many went out. */
    public int sendNow() {
        return sender.sendDue();
    }
}
