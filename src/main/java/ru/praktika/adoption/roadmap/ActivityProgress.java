package ru.praktika.adoption.roadmap;

import java.time.LocalDate;
import java.util.Objects;
import ru.praktika.platform.DomainException;

/** The progress part of an activity: what a municipality or a progress spreadsheet may change (cl. 6). */
public record ActivityProgress(String status, LocalDate actualDate, String actualResult, String comment,
                        String missExplanation) {

    /**
     * Done needs its actual date, which cannot be in the future; a missed activity (due date passed and
     * not done, or done after it) needs an explanation. {@code number} names the activity in the message.
     */
    void check(String number, LocalDate dueDate, LocalDate today) {
        if (status == null) {
            throw new DomainException("adoption.activity.statusRequired");
        }
        if (actualDate != null && actualDate.isAfter(today)) {
            throw new DomainException("adoption.activity.actualInFuture");
        }
        if (ActivityStatus.DONE.equals(status) && actualDate == null) {
            throw new DomainException("adoption.activity.actualDateRequired");
        }
        boolean missed = ActivityStatus.DONE.equals(status)
                ? actualDate.isAfter(dueDate)
                : !ActivityStatus.CANCELLED.equals(status) && dueDate.isBefore(today);
        if (missed && (missExplanation == null || missExplanation.isBlank())) {
            throw new DomainException("adoption.activity.explanationRequired", number);
        }
    }

    /** The same progress, blank texts counting as none (a re-saved form or sheet changes nothing). */
    boolean sameAs(ActivityProgress other) {
        return Objects.equals(status, other.status) && Objects.equals(actualDate, other.actualDate)
                && Objects.equals(blankToNull(actualResult), blankToNull(other.actualResult))
                && Objects.equals(blankToNull(comment), blankToNull(other.comment))
                && Objects.equals(blankToNull(missExplanation), blankToNull(other.missExplanation));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
