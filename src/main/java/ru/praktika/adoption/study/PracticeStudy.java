package ru.praktika.adoption.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import ru.praktika.platform.DomainException;

/** A body studied a practice on Smarteka and decided what to do with it (cl. 5.1). */
@Entity
@Audited
@Table(name = "practice_study")
public class PracticeStudy {

    public enum Decision { IMPLEMENT, NOT_NOW, REJECT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false)
    private Long practiceId;

    @Column(name = "body_id", nullable = false)
    private Long bodyId;

    private String notes;

    private String applicability;

    @Column(name = "expected_effect")
    private String expectedEffect;

    private String resources;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Column(nullable = false)
    private boolean shortlisted;

    @Column(name = "studied_on", nullable = false)
    private LocalDate studiedOn;

    @Column(name = "studied_by", length = 200)
    private String studiedBy;

    @Version
    private long version;

    protected PracticeStudy() {
    }

    PracticeStudy(Long practiceId, Long bodyId) {
        this.practiceId = practiceId;
        this.bodyId = bodyId;
    }

    /** A decision other than "implement" must say why (the reason is what the coordinator reads). */
    void record(String notes, String applicability, String expectedEffect, String resources, Decision decision,
                String reason, boolean shortlisted, LocalDate on, String by) {
        if (decision != null && decision != Decision.IMPLEMENT && (reason == null || reason.isBlank())) {
            throw new DomainException("adoption.study.reasonRequired");
        }
        this.notes = notes;
        this.applicability = applicability;
        this.expectedEffect = expectedEffect;
        this.resources = resources;
        this.decision = decision;
        this.decisionReason = reason;
        this.shortlisted = shortlisted;
        this.studiedOn = on;
        this.studiedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Long getPracticeId() {
        return practiceId;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public String getNotes() {
        return notes;
    }

    public String getApplicability() {
        return applicability;
    }

    public String getExpectedEffect() {
        return expectedEffect;
    }

    public String getResources() {
        return resources;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public boolean isShortlisted() {
        return shortlisted;
    }

    public LocalDate getStudiedOn() {
        return studiedOn;
    }

    public String getStudiedBy() {
        return studiedBy;
    }

    public long getVersion() {
        return version;
    }
}
