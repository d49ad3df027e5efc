package ru.praktika.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** An exception to the plain Monday–Friday week in an officially loaded year. */
@Entity
@Audited
@Table(name = "calendar_day")
class CalendarDay {

    @Id
    private LocalDate day;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private boolean working;

    protected CalendarDay() {
    }

    CalendarDay(LocalDate day, boolean working) {
        this.day = day;
        this.year = day.getYear();
        this.working = working;
    }

    public LocalDate getDay() {
        return day;
    }

    public boolean isWorking() {
        return working;
    }
}
