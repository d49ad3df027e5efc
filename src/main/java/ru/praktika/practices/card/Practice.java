package ru.praktika.practices.card;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.practices.placement.PlacementStep;
import ru.praktika.practices.placement.PlacementWorkflow;
import ru.praktika.practices.placement.StatusChange;

/**
 * A practice of the region (cl. 3.1): its card and its placement application on Smarteka (cl. 4.2). It guards
 * its own moves: which statuses follow which, what each move must carry, when the card may be edited.
 * Over 250 lines on purpose: one aggregate of 30 mapped columns with their one-line getters; the moves
 * ({@code moveTo}, with the table of {@code placement.PlacementWorkflow}) stay with the fields they change.
 */
@Entity
@Audited
@Table(name = "practice")
public class Practice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;
    @Column(name = "category_id", nullable = false)
    private Long categoryId;
    @Column(name = "body_id", nullable = false)
    private Long bodyId;
    @Column(name = "municipality_id")
    private Long municipalityId;
    @Column(name = "leader_name")
    private String leaderName;
    @Column(name = "leader_position")
    private String leaderPosition;
    @Column(name = "leader_phone")
    private String leaderPhone;
    @Column(name = "leader_email")
    private String leaderEmail;
    private String summary;
    private String problem;
    /** The solution as steps another region can repeat: one step per line. */
    private String algorithm;
    private String results;
    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "practice_indicator", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    private List<Indicator> indicators = new ArrayList<>();
    @Column(name = "resources_staff")
    private String resourcesStaff;
    @Column(name = "resources_money")
    private String resourcesMoney;
    @Column(name = "resources_materials")
    private String resourcesMaterials;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    @Column(name = "legal_acts")
    private String legalActs;
    private String partners;
    private String tags;

    @Column(nullable = false, length = 32)
    private String status;
    @Column(name = "submitted_on")
    private LocalDate submittedOn;
    @Column(name = "smarteka_number")
    private String smartekaNumber;
    @Column(name = "published_on")
    private LocalDate publishedOn;
    @Column(name = "smarteka_url")
    private String smartekaUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Practice() {
    }

    public Practice(Long bodyId, PracticeCard card, Instant now) {
        this.bodyId = bodyId;
        this.status = PlacementWorkflow.DRAFT;
        this.createdAt = now;
        apply(card, now);
    }

    /** Changes the card; refused while Smarteka holds the application or after its end. */
    void edit(PracticeCard card, Instant now) {
        if (!isCardEditable()) {
            throw new DomainException("practices.card.locked");
        }
        apply(card, now);
    }

    private void apply(PracticeCard c, Instant now) {
        if (c.periodStart() != null && c.periodEnd() != null && c.periodEnd().isBefore(c.periodStart())) {
            throw new DomainException("practices.card.periodReversed");
        }
        this.title = c.title().trim();
        this.categoryId = c.categoryId();
        this.municipalityId = c.municipalityId();
        this.leaderName = c.leaderName();
        this.leaderPosition = c.leaderPosition();
        this.leaderPhone = c.leaderPhone();
        this.leaderEmail = c.leaderEmail();
        this.summary = c.summary();
        this.problem = c.problem();
        this.algorithm = c.algorithm();
        this.results = c.results();
        this.indicators.clear();
        if (c.indicators() != null) {
            this.indicators.addAll(c.indicators());
        }
        this.resourcesStaff = c.resourcesStaff();
        this.resourcesMoney = c.resourcesMoney();
        this.resourcesMaterials = c.resourcesMaterials();
        this.periodStart = c.periodStart();
        this.periodEnd = c.periodEnd();
        this.legalActs = c.legalActs();
        this.partners = c.partners();
        this.tags = c.tags();
        this.updatedAt = now;
    }

    /** Sections of the card that are still empty; the application cannot go forward until there are none. */
    public List<String> missingSections() {
        List<String> missing = new ArrayList<>();
        if (blank(leaderName) || blank(leaderPosition) || (blank(leaderPhone) && blank(leaderEmail))) {
            missing.add("leader");
        }
        if (blank(summary)) {
            missing.add("summary");
        }
        if (blank(problem)) {
            missing.add("problem");
        }
        if (algorithmSteps().isEmpty()) {
            missing.add("algorithm");
        }
        if (blank(results) && indicators.isEmpty()) {
            missing.add("results");
        }
        if (blank(resourcesStaff) && blank(resourcesMoney) && blank(resourcesMaterials)) {
            missing.add("resources");
        }
        if (periodStart == null) {
            missing.add("period");
        }
        return missing;
    }

    /**
     * Moves the placement application. {@code eligible} is the verdict of the region's criteria rule (cl. 4.1),
     * needed to become "ready to submit"; the card must be complete to leave the draft.
     */
    public PlacementStep moveTo(StatusChange change, boolean eligible, CurrentUser actor, Instant now, LocalDate today) {
        String to = change.target();
        if (!PlacementWorkflow.allows(status, to)) {
            throw new DomainException("practices.status.illegal", status, to);
        }
        if ((to.equals(PlacementWorkflow.CRITERIA_CHECK) || to.equals(PlacementWorkflow.READY)) && !missingSections().isEmpty()) {
            throw new DomainException("practices.status.incomplete", String.join(", ", missingSections()));
        }
        if (to.equals(PlacementWorkflow.READY) && !eligible) {
            throw new DomainException("practices.status.notEligible");
        }
        if (PlacementWorkflow.requiresReason(to) && blank(change.comment())) {
            throw new DomainException("practices.status.reasonRequired");
        }
        LocalDate effective = change.date() == null ? today : change.date();
        if (effective.isAfter(today)) {
            throw new DomainException("practices.status.dateInFuture");
        }
        String number = null;
        String url = null;
        switch (to) {
            case PlacementWorkflow.SUBMITTED -> {
                if (change.date() == null) {
                    throw new DomainException("practices.status.submittedDateRequired");
                }
                if (blank(change.applicationNumber())) {
                    throw new DomainException("practices.status.numberRequired");
                }
                number = change.applicationNumber().trim();
                if (number.length() > 60) {
                    throw new DomainException("practices.status.numberTooLong");
                }
                this.submittedOn = effective;
                this.smartekaNumber = number;
            }
            case PlacementWorkflow.PUBLISHED -> {
                if (change.checkedUrl() == null) {
                    throw new DomainException("practices.link.required");
                }
                url = change.checkedUrl();
                this.publishedOn = effective;
                this.smartekaUrl = url;
            }
            default -> {
                // other moves carry only the comment
            }
        }
        if (submittedOn != null && effective.isBefore(submittedOn) && PlacementWorkflow.isSmartekaDecision(to)) {
            throw new DomainException("practices.status.beforeSubmission");
        }
        String from = status;
        this.status = to;
        this.updatedAt = now;
        return new PlacementStep(id, from, to, effective, now, actor.username(), actor.fullName(),
                blank(change.comment()) ? null : change.comment().trim(), number, url);
    }

    /** The card and its criteria evidence may change in this status (not while Smarteka has it, not after the end). */
    public boolean isCardEditable() {
        return PlacementWorkflow.cardEditable(status);
    }

    public List<String> algorithmSteps() {
        if (algorithm == null) {
            return List.of();
        }
        return Arrays.stream(algorithm.split("\\R")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.replaceFirst("^\\d+[.)]\\s*", "")).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public Long getCategoryId() { return categoryId; }
    public Long getBodyId() { return bodyId; }
    public Long getMunicipalityId() { return municipalityId; }
    public String getLeaderName() { return leaderName; }
    public String getLeaderPosition() { return leaderPosition; }
    public String getLeaderPhone() { return leaderPhone; }
    public String getLeaderEmail() { return leaderEmail; }
    public String getSummary() { return summary; }
    public String getProblem() { return problem; }
    public String getAlgorithm() { return algorithm; }
    public String getResults() { return results; }
    public List<Indicator> getIndicators() { return indicators; }
    public String getResourcesStaff() { return resourcesStaff; }
    public String getResourcesMoney() { return resourcesMoney; }
    public String getResourcesMaterials() { return resourcesMaterials; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public String getLegalActs() { return legalActs; }
    public String getPartners() { return partners; }
    public String getTags() { return tags; }
    public String getStatus() { return status; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public String getSmartekaNumber() { return smartekaNumber; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getSmartekaUrl() { return smartekaUrl; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
