package ru.praktika.adoption.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of an implementation between statuses: who, when, why. Only ever added. */
@Entity
@Table(name = "implementation_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "implementation_id", nullable = false)
    private Long implementationId;

    @Column(name = "from_code")
    private String fromCode;

    @Column(name = "to_code", nullable = false)
    private String toCode;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(length = 2000)
    private String reason;

    protected StatusChange() {
    }

    StatusChange(Long implementationId, String fromCode, String toCode, Instant changedAt, String changedBy, String reason) {
        this.implementationId = implementationId;
        this.fromCode = fromCode;
        this.toCode = toCode;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason;
    }

    public Long getImplementationId() {
        return implementationId;
    }

    public String getFromCode() {
        return fromCode;
    }

    public String getToCode() {
        return toCode;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getReason() {
        return reason;
    }
}
