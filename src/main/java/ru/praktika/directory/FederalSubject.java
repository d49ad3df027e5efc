package ru.praktika.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import ru.praktika.platform.ReferenceChangeListener;

/**
 * One of the 89 subjects of the Russian Federation: where a Smarteka practice comes from. Reference data
 * loaded by migration V6 and never edited in the application; practices (replication) and adoption (source region) read it.
 */
@Entity
@EntityListeners(ReferenceChangeListener.class)
@Table(name = "federal_subject")
public class FederalSubject {

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 4)
    private String code;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Column(name = "federal_district", nullable = false, length = 60)
    private String federalDistrict;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected FederalSubject() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getFederalDistrict() {
        return federalDistrict;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
