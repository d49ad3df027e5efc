package ru.praktika.adoption.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import ru.praktika.platform.DomainException;

/**
 * A body's implementation of another region's practice: the application on Smarteka (cl. 5.2), its status,
 * the planned and achieved result and the person responsible in the region (what cl. 7.2 reports).
 * It guards its own status machine; the allowed moves come from the reference tables.
 */
@Entity
@Audited
@Table(name = "implementation")
public class Implementation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false)
    private Long practiceId;

    @Column(name = "body_id", nullable = false)
    private Long bodyId;

    @Column(name = "status_code", nullable = false, length = 30)
    private String status;

    @Column(name = "applied_on")
    private LocalDate appliedOn;

    @Column(name = "application_ref", length = 500)
    private String applicationRef;

    @Column(name = "owner_contact", length = 1000)
    private String ownerContact;

    @Column(name = "planned_result", length = 4000)
    private String plannedResult;

    @Column(name = "achieved_result", length = 4000)
    private String achievedResult;

    @Column(name = "responsible_full_name", length = 200)
    private String responsibleFullName;

    @Column(name = "responsible_position", length = 200)
    private String responsiblePosition;

    @Column(name = "responsible_phone", length = 50)
    private String responsiblePhone;

    @Column(name = "responsible_email", length = 200)
    private String responsibleEmail;

    @Column(name = "implemented_on")
    private LocalDate implementedOn;

    @Version
    private long version;

    protected Implementation() {
    }

    Implementation(Long practiceId, Long bodyId) {
        this.practiceId = practiceId;
        this.bodyId = bodyId;
        this.status = ImplementationStatus.STUDY;
    }

    /** Moves to {@code to} if the reference table allows it; returns the status left. */
    String moveTo(String to, String reason, StatusRules rules) {
        if (!rules.allowed(status, to)) {
            throw new DomainException("adoption.status.notAllowed");
        }
        if (rules.needsReason(to) && (reason == null || reason.isBlank())) {
            throw new DomainException("adoption.status.reasonRequired");
        }
        String from = status;
        status = to;
        return from;
    }

    /** Cl. 5.2: the application filed on Smarteka. */
    String apply(LocalDate on, String reference, String contact, StatusRules rules) {
        if (on == null || reference == null || reference.isBlank()) {
            throw new DomainException("adoption.application.incomplete");
        }
        String from = moveTo(ImplementationStatus.APPLIED, null, rules);
        this.appliedOn = on;
        this.applicationRef = reference.strip();
        this.ownerContact = contact;
        return from;
    }

    /** The practice reached its result: only from "реализуется", and only with an achieved result written down. */
    String implemented(LocalDate on, StatusRules rules) {
        if (achievedResult == null || achievedResult.isBlank()) {
            throw new DomainException("adoption.status.achievedResultRequired");
        }
        String from = moveTo(ImplementationStatus.IMPLEMENTED, null, rules);
        this.implementedOn = on;
        return from;
    }

    void record(String plannedResult, String achievedResult, String fullName, String position, String phone, String email) {
        this.plannedResult = plannedResult;
        this.achievedResult = achievedResult;
        this.responsibleFullName = fullName;
        this.responsiblePosition = position;
        this.responsiblePhone = phone;
        this.responsibleEmail = email;
    }

    public boolean isActive() {
        return !status.equals(ImplementationStatus.IMPLEMENTED) && !status.equals(ImplementationStatus.CANCELLED);
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

    public String getStatus() {
        return status;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public String getApplicationRef() {
        return applicationRef;
    }

    public String getOwnerContact() {
        return ownerContact;
    }

    public String getPlannedResult() {
        return plannedResult;
    }

    public String getAchievedResult() {
        return achievedResult;
    }

    public String getResponsibleFullName() {
        return responsibleFullName;
    }

    public String getResponsiblePosition() {
        return responsiblePosition;
    }

    public String getResponsiblePhone() {
        return responsiblePhone;
    }

    public String getResponsibleEmail() {
        return responsibleEmail;
    }

    public LocalDate getImplementedOn() {
        return implementedOn;
    }

    public long getVersion() {
        return version;
    }
}
