package ru.praktika.practices.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import ru.praktika.platform.StatusReference;

/** A status of the placement application as reference data: code, Russian name, order. */
@Entity
@Immutable
@Table(name = "placement_status")
public class PlacementStatus extends StatusReference {

    @Column(name = "final", nullable = false)
    private boolean finalStatus;

    protected PlacementStatus() {
    }

    public boolean isFinalStatus() { return finalStatus; }
}
