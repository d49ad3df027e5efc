package ru.praktika.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;

/** What a body submitted, frozen: the assembled rows and comments as JSON. Never changed after insert. */
@Entity
@Immutable
@Audited
@Table(name = "report_version")
public class ReportVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private BodyReport report;

    @Column(nullable = false)
    private int number;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, length = 200)
    private String submittedBy;

    @Column(nullable = false)
    private boolean late;

    @Column(nullable = false, columnDefinition = "text")
    private String snapshot;

    protected ReportVersion() {
    }

    ReportVersion(BodyReport report, int number, Instant submittedAt, String submittedBy, boolean late, String snapshot) {
        this.report = report;
        this.number = number;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.late = late;
        this.snapshot = snapshot;
    }

    public Long getId() {
        return id;
    }

    Long getReportId() {
        return report.getId();
    }

    public int getNumber() {
        return number;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public boolean isLate() {
        return late;
    }

    String getSnapshot() {
        return snapshot;
    }
}
