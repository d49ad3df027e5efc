package ru.praktika.adoption.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A result indicator of an implementation: planned value by a date, achieved value on a date (cl. 7.2). */
@Entity
@Audited
@Table(name = "result_indicator")
public class ResultIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "implementation_id", nullable = false)
    private Long implementationId;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(length = 50)
    private String unit;

    @Column(name = "planned_value")
    private BigDecimal plannedValue;

    @Column(name = "planned_date")
    private LocalDate plannedDate;

    @Column(name = "achieved_value")
    private BigDecimal achievedValue;

    @Column(name = "achieved_date")
    private LocalDate achievedDate;

    @Version
    private long version;

    protected ResultIndicator() {
    }

    ResultIndicator(Long implementationId, String name, String unit, BigDecimal plannedValue, LocalDate plannedDate,
                    BigDecimal achievedValue, LocalDate achievedDate) {
        this.implementationId = implementationId;
        this.name = name;
        this.unit = unit;
        this.plannedValue = plannedValue;
        this.plannedDate = plannedDate;
        this.achievedValue = achievedValue;
        this.achievedDate = achievedDate;
    }

    /** "Число посещений: план 120 чел. к 01.12.2026; факт 80 чел. на 01.10.2026" — for the report line. */
    public String describe(boolean achieved) {
        BigDecimal value = achieved ? achievedValue : plannedValue;
        LocalDate date = achieved ? achievedDate : plannedDate;
        if (value == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(name).append(": ").append(value.stripTrailingZeros().toPlainString());
        if (unit != null && !unit.isBlank()) {
            s.append(' ').append(unit);
        }
        if (date != null) {
            s.append(achieved ? " на " : " к ").append(date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        }
        return s.toString();
    }

    public Long getId() {
        return id;
    }

    public Long getImplementationId() {
        return implementationId;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getPlannedValue() {
        return plannedValue;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public BigDecimal getAchievedValue() {
        return achievedValue;
    }

    public LocalDate getAchievedDate() {
        return achievedDate;
    }
}
