package ru.praktika.adoption.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;

/**
 * A card of another region's practice as Smarteka shows it (cl. 5.1). The Smarteka link is its identity:
 * an import finds the card by it. The search vector is computed by the database and not mapped here.
 */
@Entity
@Audited
@Table(name = "catalogue_practice")
public class CataloguePractice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "smarteka_url", nullable = false, length = 500)
    private String smartekaUrl;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "source_subject_id", nullable = false)
    private Long sourceSubjectId;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    private String summary;

    private String algorithm;

    private String results;

    @Column(name = "owner_contacts", length = 1000)
    private String ownerContacts;

    @Column(length = 500)
    private String tags;

    @Column(nullable = false)
    private boolean recommended;

    @Column(name = "recommended_year")
    private Integer recommendedYear;

    @Version
    private long version;

    protected CataloguePractice() {
    }

    public CataloguePractice(PracticeCard card) {
        apply(card);
    }

    void apply(PracticeCard card) {
        this.smartekaUrl = card.smartekaUrl();
        this.title = card.title();
        this.sourceSubjectId = card.sourceSubjectId();
        this.categoryId = card.categoryId();
        this.summary = card.summary();
        this.algorithm = card.algorithm();
        this.results = card.results();
        this.ownerContacts = card.ownerContacts();
        this.tags = card.tags();
        this.recommended = card.recommended();
        this.recommendedYear = card.recommended() ? card.recommendedYear() : null;
    }

    public PracticeCard card() {
        return new PracticeCard(smartekaUrl, title, sourceSubjectId, categoryId, summary, algorithm, results,
                ownerContacts, tags, recommended, recommendedYear);
    }

    /** The algorithm, one step per line, numbering stripped (the roadmap template starts from it). */
    public List<String> algorithmSteps() {
        if (algorithm == null) {
            return List.of();
        }
        return Arrays.stream(algorithm.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getSmartekaUrl() {
        return smartekaUrl;
    }

    public String getTitle() {
        return title;
    }

    public Long getSourceSubjectId() {
        return sourceSubjectId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public String getSummary() {
        return summary;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public String getResults() {
        return results;
    }

    public String getOwnerContacts() {
        return ownerContacts;
    }

    public String getTags() {
        return tags;
    }

    public boolean isRecommended() {
        return recommended;
    }

    public Integer getRecommendedYear() {
        return recommendedYear;
    }

    public long getVersion() {
        return version;
    }
}
