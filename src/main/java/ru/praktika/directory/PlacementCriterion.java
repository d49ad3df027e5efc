package ru.praktika.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import ru.praktika.platform.ReferenceChangeListener;

/** A criterion of cl. 4.1 (а–г) with its wording from the decree. */
@Entity
@EntityListeners(ReferenceChangeListener.class)
@Audited
@Table(name = "placement_criterion")
public class PlacementCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 4)
    private String letter;

    @Column(nullable = false, length = 1000)
    private String wording;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Scope scope;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected PlacementCriterion() {
    }

    public PlacementCriterion(String code, String letter, String wording, Scope scope, int sortOrder) {
        this.code = code;
        this.letter = letter;
        this.wording = wording;
        this.scope = scope;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLetter() {
        return letter;
    }

    public String getWording() {
        return wording;
    }

    public Scope getScope() {
        return scope;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** Region-level criteria are recorded once by the coordinator; practice-level ones per practice. */
    public enum Scope {
        REGION,
        PRACTICE
    }
}
