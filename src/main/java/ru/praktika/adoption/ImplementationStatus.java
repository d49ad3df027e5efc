package ru.praktika.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.praktika.platform.StatusReference;

/** A status of an implementation (reference data from migration V201, names as in domain.md). */
@Entity
@Table(name = "implementation_status")
class ImplementationStatus extends StatusReference {

    static final String STUDY = "STUDY";
    static final String APPLIED = "APPLIED";
    static final String ROADMAP_DRAFT = "ROADMAP_DRAFT";
    static final String ROADMAP_APPROVED = "ROADMAP_APPROVED";
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String IMPLEMENTED = "IMPLEMENTED";
    static final String SUSPENDED = "SUSPENDED";
    static final String CANCELLED = "CANCELLED";

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
