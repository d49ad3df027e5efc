package ru.praktika.practices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A subject of the Russian Federation (89, reference data): where a practice may be replicated. */
@Entity
@Immutable
@Table(name = "russian_region")
public class RussianRegion {

    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected RussianRegion() {
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public int getSortOrder() { return sortOrder; }
}
