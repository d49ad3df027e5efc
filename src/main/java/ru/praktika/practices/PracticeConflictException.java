package ru.praktika.practices;

import java.time.Instant;
import java.util.List;

/**
 * Someone saved the card after the editor opened it. Says who and when, and which fields now differ from what
 * the editor typed (with the saved value), so the form can be shown again with the typed values kept.
 */
class PracticeConflictException extends RuntimeException {

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

    String changedBy() { return changedBy; }
    Instant changedAt() { return changedAt; }
    List<FieldDifference> differences() { return differences; }
    long currentVersion() { return currentVersion; }

    /** A field of the card whose saved value differs from the typed one. */
    record FieldDifference(String field, String savedValue) {
    }
}
