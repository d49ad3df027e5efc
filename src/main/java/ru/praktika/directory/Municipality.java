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
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import ru.praktika.platform.ReferenceChangeListener;

/** A municipal formation of the region (cl. 6), with the span in which it exists in this form. */
@Entity
@EntityListeners(ReferenceChangeListener.class)
@Audited
@Table(name = "municipality")
public class Municipality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private MunicipalityType type;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected Municipality() {
    }

    public Municipality(String name, MunicipalityType type, LocalDate validFrom, LocalDate validTo) {
        this.name = name;
        this.type = type;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean existsOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public MunicipalityType getType() {
        return type;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
