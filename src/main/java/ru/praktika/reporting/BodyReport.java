package ru.praktika.reporting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.Audited;
import ru.praktika.platform.DomainException;
import ru.praktika.reporting.ReportStatuses.Action;

/**
 * A body's report for one period (cl. 7). Its rows are not stored: they are assembled from the placement
 * and adoption data as of the period end until the head signs it off; then a frozen {@link ReportVersion}
 * keeps what was submitted. The report itself holds only what people add: comments, the explicit
 * "nothing to report", the sign-off and the coordinator's decision.
 * Over 250 lines on purpose: the status moves (draft → sign-off → submitted → accepted or returned) stay
 * with the fields they change; the rest is the mapping and its one-line getters.
 */
@Entity
@Audited
@Table(name = "body_report")
public class BodyReport {

    static final int MAX_COMMENT = 4000;
    static final int MAX_ROW_COMMENT = 2000;
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false)
    private Long bodyId;

    @Column(name = "period_code", nullable = false, length = 20)
    private String periodCode;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(nullable = false, length = 30)
    private String status;

    @Column(name = "nothing_to_report", nullable = false)
    private boolean nothingToReport;

    @Column(length = MAX_COMMENT)
    private String comment;

    @Column(name = "signed_by", length = 200)
    private String signedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    /** Decided by the first submission: a return by the coordinator does not make a report late. */
    private Boolean late;

    @Column(name = "returned_reason", length = 2000)
    private String returnedReason;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rowKey")
    private List<RowComment> rowComments = new ArrayList<>();

    @Version
    private long version;

    protected BodyReport() {
    }

    BodyReport(Long bodyId, ReportingPeriod period) {
        this.bodyId = bodyId;
        this.periodCode = period.code();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.deadline = period.deadline();
        this.status = ReportStatus.DRAFT;
    }

    public boolean isEditable() {
        return ReportStatus.DRAFT.equals(status) || ReportStatus.RETURNED.equals(status);
    }

    public boolean isSubmitted() {
        return ReportStatus.SUBMITTED.equals(status) || ReportStatus.ACCEPTED.equals(status);
    }

    /** The officer's comments and answer; only while the report is being prepared. */
    void edit(String comment, boolean nothingToReport, Map<String, String> rowTexts, ReportContent content) {
        requireEditable();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new DomainException("reporting.comment.tooLong", MAX_COMMENT);
        }
        if (nothingToReport && !content.isEmpty()) {
            throw new DomainException("reporting.nothing.hasRows");
        }
        this.comment = blankToNull(comment);
        this.nothingToReport = nothingToReport;
        Map<String, RowComment> existing = new LinkedHashMap<>();
        rowComments.forEach(c -> existing.put(c.getRowKey(), c));
        for (Map.Entry<String, String> e : rowTexts.entrySet()) {
            String text = blankToNull(e.getValue());
            if (text != null && text.length() > MAX_ROW_COMMENT) {
                throw new DomainException("reporting.comment.tooLong", MAX_ROW_COMMENT);
            }
            if (!content.rowKeys().contains(e.getKey())) {
                continue;
            }
            RowComment c = existing.get(e.getKey());
            if (text == null && c != null) {
                rowComments.remove(c);
            } else if (text != null && c == null) {
                rowComments.add(new RowComment(this, e.getKey(), text));
            } else if (text != null) {
                c.change(text);
            }
        }
    }

    void sendForSignOff(ReportStatuses statuses, ReportContent content, LocalDate today) {
        requirePeriodEnded(today);
        if (content.isEmpty() && !nothingToReport) {
            throw new DomainException("reporting.empty.confirm");
        }
        if (!content.isEmpty() && nothingToReport) {
            throw new DomainException("reporting.nothing.hasRows");
        }
        status = statuses.next(status, Action.SEND_FOR_SIGNOFF);
    }

    void backToDraft(ReportStatuses statuses) {
        status = statuses.next(status, Action.BACK_TO_DRAFT);
    }

    /** The head signs: the report is submitted and what it says is frozen in a new version. */
    ReportVersion sign(ReportStatuses statuses, String signer, Instant now, LocalDate today, String snapshot,
                       int versionNumber) {
        requirePeriodEnded(today);
        status = statuses.next(status, Action.SIGN);
        signedBy = signer;
        signedAt = now;
        boolean lateNow = today.isAfter(deadline);
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
            late = lateNow;
        }
        returnedReason = null;
        decidedBy = null;
        decidedAt = null;
        return new ReportVersion(this, versionNumber, now, signer, lateNow, snapshot);
    }

    void accept(ReportStatuses statuses, String coordinator, Instant now) {
        status = statuses.next(status, Action.ACCEPT);
        decidedBy = coordinator;
        decidedAt = now;
    }

    void returnWith(ReportStatuses statuses, String reason, String coordinator, Instant now) {
        String r = blankToNull(reason);
        if (r == null) {
            throw new DomainException("reporting.return.reasonRequired");
        }
        if (r.length() > 2000) {
            throw new DomainException("reporting.comment.tooLong", 2000);
        }
        status = statuses.next(status, Action.RETURN);
        returnedReason = r;
        decidedBy = coordinator;
        decidedAt = now;
    }

    /**
     * A report speaks for the whole period: while it runs the report may be drafted and previewed, but
     * neither sent for sign-off nor signed as final.
     */
    private void requirePeriodEnded(LocalDate today) {
        if (!today.isAfter(periodEnd)) {
            throw new DomainException("reporting.periodRunning", DATE.format(periodEnd), DATE.format(periodEnd.plusDays(1)));
        }
    }

    private void requireEditable() {
        if (!isEditable()) {
            throw new DomainException("reporting.notEditable");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Map<String, String> rowCommentTexts() {
        Map<String, String> m = new LinkedHashMap<>();
        rowComments.forEach(c -> m.put(c.getRowKey(), c.getText()));
        return m;
    }

    public Long getId() {
        return id;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getStatus() {
        return status;
    }

    public boolean isNothingToReport() {
        return nothingToReport;
    }

    public String getComment() {
        return comment;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Boolean getLate() {
        return late;
    }

    public String getReturnedReason() {
        return returnedReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
