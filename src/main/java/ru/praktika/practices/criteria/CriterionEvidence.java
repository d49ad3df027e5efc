package ru.praktika.practices.criteria;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import ru.praktika.platform.DomainException;
import ru.praktika.practices.card.FileKind;
import ru.praktika.practices.card.StoredFile;

/**
 * Evidence that a practice meets a practice-level criterion of cl. 4.1: б) the forum «Сильные идеи для нового
 * времени», в) a regional leadership project supported by ASI, г) a recommendation to place it. Each kind has
 * its own required fields; a file and a link are optional for all.
 */
@Entity
@Audited
@Table(name = "criterion_evidence")
public class CriterionEvidence {

    public static final String STRONG_IDEAS = "STRONG_IDEAS";
    public static final String ASI_LEADERSHIP = "ASI_LEADERSHIP";
    public static final String RECOMMENDATION = "RECOMMENDATION";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "practice_id", nullable = false)
    private Long practiceId;
    @Column(name = "criterion_code", nullable = false)
    private String criterionCode;
    @Column(name = "edition_year")
    private Integer editionYear;
    @Enumerated(EnumType.STRING)
    @Column(name = "list_level")
    private ListLevel listLevel;
    @Column(name = "idea_title")
    private String ideaTitle;
    @Column(name = "decision_number")
    private String decisionNumber;
    @Column(name = "decision_date")
    private LocalDate decisionDate;
    @Column(name = "recommending_body")
    private String recommendingBody;
    private String document;
    private String link;
    @Column(name = "file_name")
    private String fileName;
    @Enumerated(EnumType.STRING)
    @Column(name = "file_kind")
    private FileKind fileKind;
    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "file_data")
    private byte[] fileData;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected CriterionEvidence() {
    }

    /** Evidence of one of Amur's criteria б)–г) (the demo's). */
    public CriterionEvidence(Long practiceId, Fields f, StoredFile file, String createdBy, Instant now) {
        this(practiceId, f, Set.of(), file, createdBy, now);
    }

    public CriterionEvidence(Long practiceId, Fields f, Set<String> declaredPracticeCodes, StoredFile file,
                             String createdBy, Instant now) {
        requireComplete(f, declaredPracticeCodes);
        this.practiceId = practiceId;
        this.criterionCode = f.criterionCode();
        this.editionYear = f.editionYear();
        this.listLevel = f.listLevel();
        this.ideaTitle = trim(f.ideaTitle());
        this.decisionNumber = trim(f.number());
        this.decisionDate = f.date();
        this.recommendingBody = trim(f.recommendingBody());
        this.document = trim(f.document());
        this.link = trim(f.link());
        if (file != null) {
            this.fileName = file.name();
            this.fileKind = file.kind();
            this.fileData = file.data();
        }
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    /** The fields each kind of evidence must carry, for a profile that declares only Amur's criteria. */
    static void requireComplete(Fields f) {
        requireComplete(f, Set.of());
    }

    /**
     * The fields each kind of evidence must carry (domain.md, "Criteria of cl. 4.1"). A practice-level criterion
     * of another region's code (declared in its profile) is confirmed by a document and its date, the number, link
     * and file optional (issue 14: before, its evidence was refused, so under ALL no practice could be submitted).
     */
    static void requireComplete(Fields f, Set<String> declaredPracticeCodes) {
        switch (f.criterionCode() == null ? "" : f.criterionCode()) {
            case STRONG_IDEAS -> {
                if (f.editionYear() == null || f.listLevel() == null || blank(f.ideaTitle())) {
                    throw new DomainException("practices.evidence.strongIdeasIncomplete");
                }
                if (f.editionYear() < 2010 || f.editionYear() > 2100) {
                    throw new DomainException("practices.evidence.badYear");
                }
                if (blank(f.link())) {
                    throw new DomainException("practices.evidence.strongIdeasLink");
                }
            }
            case ASI_LEADERSHIP -> {
                if (blank(f.number()) || f.date() == null) {
                    throw new DomainException("practices.evidence.asiIncomplete");
                }
            }
            case RECOMMENDATION -> {
                if (blank(f.recommendingBody()) || blank(f.document()) || blank(f.number()) || f.date() == null) {
                    throw new DomainException("practices.evidence.recommendationIncomplete");
                }
            }
            default -> {
                if (f.criterionCode() == null || !declaredPracticeCodes.contains(f.criterionCode())) {
                    throw new DomainException("practices.evidence.unknownCriterion");
                }
                if (blank(f.document()) || f.date() == null) {
                    throw new DomainException("practices.evidence.genericIncomplete");
                }
            }
        }
        if (f.link() != null && !f.link().isBlank() && !f.link().trim().matches("(?i)https?://\\S+")) {
            throw new DomainException("practices.evidence.badLink");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }

    public Long getId() { return id; }
    public Long getPracticeId() { return practiceId; }
    public String getCriterionCode() { return criterionCode; }
    public Integer getEditionYear() { return editionYear; }
    public ListLevel getListLevel() { return listLevel; }
    public String getIdeaTitle() { return ideaTitle; }
    public String getDecisionNumber() { return decisionNumber; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public String getRecommendingBody() { return recommendingBody; }
    public String getDocument() { return document; }
    public String getLink() { return link; }
    public String getFileName() { return fileName; }
    public FileKind getFileKind() { return fileKind; }
    byte[] getFileData() { return fileData; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }

    /** Level of the forum list (criterion б). */
    public enum ListLevel {
        TOP_1000,
        TOP_100
    }

    /** The typed fields of any kind of evidence; unused ones are null. */
    public record Fields(String criterionCode, Integer editionYear, ListLevel listLevel, String ideaTitle, String number,
                  LocalDate date, String recommendingBody, String document, String link) {
    }
}
