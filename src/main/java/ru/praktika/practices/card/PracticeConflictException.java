package ru.praktika.practices.card;

import java.time.Instant;
import java.util.List;

/**
 * Someone saved the card after the editor opened it. Says who and when, and which fields now differ from what
 * the editor typed (with the saved value), so the form can be shown again with the typed values kept.
 */
public class PracticeConflictException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;
    private final List<FieldDifference> differences;
    private final long currentVersion;

    PracticeConflictException(String changedBy, Instant changedAt, List<FieldDifference> differences, long currentVersion) {
        super("practice changed concurrently");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.differences = differences;
        this.currentVersion = currentVersion;
    }

    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
    public List<FieldDifference> differences() { return differences; }
    public long currentVersion() { return currentVersion; }

    /** A field of the card whose saved value differs from the typed one. */
    public record FieldDifference(String field, String savedValue) {
    }
}
