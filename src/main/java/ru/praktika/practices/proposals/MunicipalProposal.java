package ru.praktika.practices.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import ru.praktika.platform.DomainException;

/**
 * A municipality proposes a local practice to a responsible body (cl. 6). The body accepts it into its own
 * practices (a prefilled card) or declines it with a reason; the municipality sees the outcome.
 */
@Entity
@Audited
@Table(name = "municipal_proposal")
public class MunicipalProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "municipality_id", nullable = false)
    private Long municipalityId;
    @Column(name = "body_id", nullable = false)
    private Long bodyId;
    @Column(name = "category_id")
    private Long categoryId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String summary;
    private String problem;
    private String solution;
    private String results;
    @Column(nullable = false)
    private String contact;
    @Column(nullable = false)
    private String status;
    @Column(name = "decline_reason")
    private String declineReason;
    @Column(name = "practice_id")
    private Long practiceId;
    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;
    @Column(name = "proposed_by", nullable = false)
    private String proposedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Version
    private long version;

    protected MunicipalProposal() {
    }

    MunicipalProposal(Long municipalityId, Long bodyId, Long categoryId, String title, String summary, String problem,
                      String solution, String results, String contact, String proposedBy, Instant now) {
        this.municipalityId = municipalityId;
        this.bodyId = bodyId;
        this.categoryId = categoryId;
        this.title = title.trim();
        this.summary = summary.trim();
        this.problem = problem;
        this.solution = solution;
        this.results = results;
        this.contact = contact.trim();
        this.status = ProposalStatus.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = now;
    }

    void accept(Long practiceId, String by, Instant now) {
        requireOpen();
        this.status = ProposalStatus.ACCEPTED;
        this.practiceId = practiceId;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    void decline(String reason, String by, Instant now) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new DomainException("practices.proposal.reasonRequired");
        }
        this.status = ProposalStatus.DECLINED;
        this.declineReason = reason.trim();
        this.decidedBy = by;
        this.decidedAt = now;
    }

    private void requireOpen() {
        if (!ProposalStatus.PROPOSED.equals(status)) {
            throw new DomainException("practices.proposal.alreadyDecided");
        }
    }

    public Long getId() { return id; }
    public Long getMunicipalityId() { return municipalityId; }
    public Long getBodyId() { return bodyId; }
    public Long getCategoryId() { return categoryId; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getProblem() { return problem; }
    public String getSolution() { return solution; }
    public String getResults() { return results; }
    public String getContact() { return contact; }
    public String getStatus() { return status; }
    public String getDeclineReason() { return declineReason; }
    public Long getPracticeId() { return practiceId; }
    public Instant getProposedAt() { return proposedAt; }
    public String getProposedBy() { return proposedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public long getVersion() { return version; }
}
