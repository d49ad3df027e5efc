package ru.praktika.notifications;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The stored outbox of e-mail. Times are the database's ({@code now()}), so instances with drifting clocks
 * agree on leases and retries. Claiming uses {@code for update skip locked}: two senders at once never take
 * the same row, and neither waits for the other.
 */
@Component
class MailOutbox {

    private final JdbcTemplate jdbc;

    MailOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a mail in the caller's transaction: it exists only if the notice it belongs to was committed. */
    void add(String[] to, String[] cc, String subject, String body) {
        jdbc.update("insert into mail_outbox (recipients_to, recipients_cc, subject, body) values (?, ?, ?, ?)",
                String.join(",", to), cc.length == 0 ? null : String.join(",", cc), subject, body);
    }

    /** Takes the oldest due mail for {@code sender} for {@code leaseSeconds}, counting the attempt. */
    Optional<OutboxMail> claim(String sender, long leaseSeconds) {
        List<OutboxMail> rows = jdbc.query("""
                update mail_outbox set claimed_by = ?, claimed_until = now() + make_interval(secs => ?),
                       attempts = attempts + 1
                where id = (select id from mail_outbox
                            where sent_at is null and failed_at is null and next_attempt_at <= now()
                              and (claimed_until is null or claimed_until < now())
                            order by id limit 1 for update skip locked)
                returning id, recipients_to, recipients_cc, subject, body, attempts
                """, (rs, n) -> new OutboxMail(rs.getLong("id"), split(rs.getString("recipients_to")),
                split(rs.getString("recipients_cc")), rs.getString("subject"), rs.getString("body"),
                rs.getInt("attempts")), sender, leaseSeconds);
        return rows.stream().findFirst();
    }

    /** Records the delivery; false if the lease had run out and another sender took the mail over meanwhile. */
    boolean sent(long id, String sender) {
        return jdbc.update("update mail_outbox set sent_at = now(), claimed_by = null, claimed_until = null, "
                + "last_error = null where id = ? and claimed_by = ? and sent_at is null", id, sender) == 1;
    }

    /** Gives the mail back for a later attempt, or gives it up after the last one. */
    void failed(long id, String sender, String error, long retryInSeconds, boolean giveUp) {
        jdbc.update("""
                update mail_outbox set claimed_by = null, claimed_until = null, last_error = left(?, 1000),
                       next_attempt_at = now() + make_interval(secs => ?),
                       failed_at = case when ? then now() end
                where id = ? and claimed_by = ?
                """, error, retryInSeconds, giveUp, id, sender);
    }

    private static List<String> split(String addresses) {
        return addresses == null || addresses.isBlank() ? List.of() : Arrays.asList(addresses.split(","));
    }
}
