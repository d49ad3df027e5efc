package ru.praktika.practices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A status of the placement application as reference data: code, Russian name, order. */
@Entity
@Immutable
@Table(name = "placement_status")
public class PlacementStatus {

    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(name = "final", nullable = false)
    private boolean finalStatus;

    protected PlacementStatus() {
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public int getSortOrder() { return sortOrder; }
    public boolean isFinalStatus() { return finalStatus; }
}
