package ru.praktika.practices.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** What Smarteka showed for a published practice on a date (there is no API: typed from the page). */
@Entity
@Audited
@Table(name = "smarteka_snapshot")
public class SmartekaSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "practice_id", nullable = false)
    private Long practiceId;
    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn;
    @Column(name = "regions_count", nullable = false)
    private int regionsCount;
    @Column(nullable = false)
    private int likes;
    @Column(nullable = false)
    private int views;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected SmartekaSnapshot() {
    }

    SmartekaSnapshot(Long practiceId, LocalDate takenOn, int regionsCount, int likes, int views, String recordedBy) {
        this.practiceId = practiceId;
        this.takenOn = takenOn;
        this.regionsCount = regionsCount;
        this.likes = likes;
        this.views = views;
        this.recordedBy = recordedBy;
    }

    public Long getId() { return id; }
    public LocalDate getTakenOn() { return takenOn; }
    public int getRegionsCount() { return regionsCount; }
    public int getLikes() { return likes; }
    public int getViews() { return views; }
    public String getRecordedBy() { return recordedBy; }
}
