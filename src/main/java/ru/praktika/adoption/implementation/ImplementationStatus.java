package ru.praktika.adoption.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.praktika.platform.StatusReference;

/** A status of an implementation (reference data from migration V201, names as in domain.md). */
@Entity
@Table(name = "implementation_status")
public class ImplementationStatus extends StatusReference {

    public static final String STUDY = "STUDY";
    public static final String APPLIED = "APPLIED";
    public static final String ROADMAP_DRAFT = "ROADMAP_DRAFT";
    public static final String ROADMAP_APPROVED = "ROADMAP_APPROVED";
    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String IMPLEMENTED = "IMPLEMENTED";
    public static final String SUSPENDED = "SUSPENDED";
    public static final String CANCELLED = "CANCELLED";

    @Column(name = "final", nullable = false)
    private boolean finalStatus;

    @Column(name = "needs_reason", nullable = false)
    private boolean needsReason;

    protected ImplementationStatus() {
    }

    public boolean isFinalStatus() {
        return finalStatus;
    }

    public boolean isNeedsReason() {
        return needsReason;
    }
}
