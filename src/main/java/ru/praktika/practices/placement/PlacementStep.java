package ru.praktika.practices.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** One move of a placement application: the timeline of the card and the source of "status as of a date". */
@Entity
@Audited
@Table(name = "placement_step")
public class PlacementStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "practice_id", nullable = false)
    private Long practiceId;
    @Column(name = "from_status")
    private String fromStatus;
    @Column(name = "to_status", nullable = false)
    private String toStatus;
    /** The business date of the move (e.g. the day the application went to Smarteka). */
    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;
    @Column(nullable = false)
    private Instant at;
    @Column(name = "by_username", nullable = false)
    private String byUsername;
    @Column(name = "by_name", nullable = false)
    private String byName;
    private String comment;
    @Column(name = "smarteka_number")
    private String smartekaNumber;
    @Column(name = "smarteka_url")
    private String smartekaUrl;

    protected PlacementStep() {
    }

    public PlacementStep(Long practiceId, String fromStatus, String toStatus, LocalDate effectiveOn, Instant at,
                  String byUsername, String byName, String comment, String smartekaNumber, String smartekaUrl) {
        this.practiceId = practiceId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.effectiveOn = effectiveOn;
        this.at = at;
        this.byUsername = byUsername;
        this.byName = byName;
        this.comment = comment;
        this.smartekaNumber = smartekaNumber;
        this.smartekaUrl = smartekaUrl;
    }

    public Long getId() { return id; }
    public Long getPracticeId() { return practiceId; }
    public String getFromStatus() { return fromStatus; }
    public String getToStatus() { return toStatus; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public Instant getAt() { return at; }
    public String getByUsername() { return byUsername; }
    public String getByName() { return byName; }
    public String getComment() { return comment; }
    public String getSmartekaNumber() { return smartekaNumber; }
    public String getSmartekaUrl() { return smartekaUrl; }
}
