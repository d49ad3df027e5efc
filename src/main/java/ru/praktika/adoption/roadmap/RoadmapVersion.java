package ru.praktika.adoption.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The activities of a roadmap as they stood at a version (JSON of {@link ActivitySnapshot}). Only added. */
@Entity
@Table(name = "roadmap_version")
class RoadmapVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "roadmap_id", nullable = false)
    private Long roadmapId;

    @Column(nullable = false)
    private int number;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(length = 1000)
    private String note;

    @Column(nullable = false)
    private String activities;

    protected RoadmapVersion() {
    }

    RoadmapVersion(Long roadmapId, int number, Instant createdAt, String createdBy, String note, String activities) {
        this.roadmapId = roadmapId;
        this.number = number;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.note = note;
        this.activities = activities;
    }

    public Long getId() {
        return id;
    }

    public Long getRoadmapId() {
        return roadmapId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getNote() {
        return note;
    }

    String getActivities() {
        return activities;
    }
}
