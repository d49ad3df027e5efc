package ru.praktika.platform;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A status kept as reference data (a row of a migration's status table): its code, Russian name and
 * order. Each module's status table adds its own flags in a subclass. Cached as reference data: an edit
 * through JPA evicts the cache on every instance ({@link ReferenceChangeListener}).
 */
@MappedSuperclass
@EntityListeners(ReferenceChangeListener.class)
public abstract class StatusReference {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected StatusReference() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
