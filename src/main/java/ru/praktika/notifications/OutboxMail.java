package ru.praktika.notifications;

import java.util.List;

/** One mail of the outbox as a sender claimed it. */
record OutboxMail(long id, List<String> to, List<String> cc, String subject, String body, int attempts) {
}
