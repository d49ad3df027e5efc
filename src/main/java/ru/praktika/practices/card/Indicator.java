package ru.praktika.practices.card;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A measurable result of a practice: what, in which unit, from which base value to which, as of when. */
@Embeddable
public class Indicator {

    @Column(nullable = false, length = 300)
    private String name;

    @Column(length = 60)
    private String unit;

    @Column(name = "base_value", precision = 18, scale = 4)
    private BigDecimal baseValue;

    @Column(name = "achieved_value", precision = 18, scale = 4)
    private BigDecimal achievedValue;

    @Column(name = "measured_on")
    private LocalDate measuredOn;

    protected Indicator() {
    }

    public Indicator(String name, String unit, BigDecimal baseValue, BigDecimal achievedValue, LocalDate measuredOn) {
        this.name = name;
        this.unit = unit;
        this.baseValue = baseValue;
        this.achievedValue = achievedValue;
        this.measuredOn = measuredOn;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getBaseValue() {
        return baseValue;
    }

    public BigDecimal getAchievedValue() {
        return achievedValue;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }
}
