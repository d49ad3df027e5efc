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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import ru.praktika.platform.DomainException;
import ru.praktika.practices.card.FileKind;
import ru.praktika.practices.card.StoredFile;

/**
 * Criterion а) of cl. 4.1, recorded once per rating edition by the coordinator: the region's places in the
 * National Investment Climate Rating and the Quality of Life Rating (places are shared, so a number), the
 * threshold that counts as "top", the source, and the span in which it is valid. It serves every practice.
 */
@Entity
@Audited
@Table(name = "region_rating_evidence")
public class RegionRatingEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "edition_year", nullable = false)
    private int editionYear;
    @Column(name = "investment_place", nullable = false)
    private int investmentPlace;
    @Column(name = "quality_place", nullable = false)
    private int qualityPlace;
    @Column(nullable = false)
    private int threshold;
    @Column(name = "source_link")
    private String sourceLink;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;
    @Column(name = "file_name")
    private String fileName;
    @Enumerated(EnumType.STRING)
    @Column(name = "file_kind")
    private FileKind fileKind;
    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "file_data")
    private byte[] fileData;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Version
    private long version;

    protected RegionRatingEvidence() {
    }

    RegionRatingEvidence(int editionYear, int investmentPlace, int qualityPlace, int threshold, String sourceLink,
                         LocalDate validFrom, LocalDate validTo, StoredFile file, String recordedBy, Instant now) {
        if (investmentPlace < 1 || qualityPlace < 1 || threshold < 1) {
            throw new DomainException("practices.rating.badPlace");
        }
        if (validTo.isBefore(validFrom)) {
            throw new DomainException("practices.rating.badValidity");
        }
        if (sourceLink != null && !sourceLink.isBlank() && !sourceLink.trim().matches("(?i)https?://\\S+")) {
            throw new DomainException("practices.evidence.badLink");
        }
        this.editionYear = editionYear;
        this.investmentPlace = investmentPlace;
        this.qualityPlace = qualityPlace;
        this.threshold = threshold;
        this.sourceLink = sourceLink == null || sourceLink.isBlank() ? null : sourceLink.trim();
        this.validFrom = validFrom;
        this.validTo = validTo;
        if (file != null) {
            this.fileName = file.name();
            this.fileKind = file.kind();
            this.fileData = file.data();
        }
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    /** In the top of both ratings. */
    public boolean isInTop() {
        return investmentPlace <= threshold && qualityPlace <= threshold;
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validTo);
    }

    /** Criterion а) holds on {@code date} by this record. */
    public boolean meetsOn(LocalDate date) {
        return validOn(date) && isInTop();
    }

    public Long getId() { return id; }
    public int getEditionYear() { return editionYear; }
    public int getInvestmentPlace() { return investmentPlace; }
    public int getQualityPlace() { return qualityPlace; }
    public int getThreshold() { return threshold; }
    public String getSourceLink() { return sourceLink; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public String getFileName() { return fileName; }
    byte[] getFileData() { return fileData; }
    public FileKind getFileKind() { return fileKind; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
