package ru.praktika.practices.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** Another region took a published practice up (тиражирование), since a date, with a link to show it. */
@Entity
@Audited
@Table(name = "practice_replication")
public class Replication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "practice_id", nullable = false)
    private Long practiceId;
    @Column(name = "region_code", nullable = false)
    private String regionCode;
    @Column(nullable = false)
    private LocalDate since;
    private String link;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected Replication() {
    }

    Replication(Long practiceId, String regionCode, LocalDate since, String link, String recordedBy) {
        this.practiceId = practiceId;
        this.regionCode = regionCode;
        this.since = since;
        this.link = link;
        this.recordedBy = recordedBy;
    }

    public Long getId() { return id; }
    public Long getPracticeId() { return practiceId; }
    public String getRegionCode() { return regionCode; }
    public LocalDate getSince() { return since; }
    public String getLink() { return link; }
    public String getRecordedBy() { return recordedBy; }
}
