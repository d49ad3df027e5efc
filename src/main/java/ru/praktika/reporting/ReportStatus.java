package ru.praktika.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import ru.praktika.platform.StatusReference;

/** A status of a report or of the board (reference data from the migration). */
@Entity
@Immutable
@Table(name = "report_status")
public class ReportStatus extends StatusReference {

    public static final String NOT_STARTED = "NOT_STARTED";
    public static final String DRAFT = "DRAFT";
    public static final String AWAITING_SIGNOFF = "AWAITING_SIGNOFF";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String SUBMITTED_ON_TIME = "SUBMITTED_ON_TIME";
    public static final String SUBMITTED_LATE = "SUBMITTED_LATE";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String RETURNED = "RETURNED";
    public static final String OVERDUE = "OVERDUE";

    @Column(nullable = false)
    private boolean stored;

    @Column(nullable = false)
    private String badge;

    protected ReportStatus() {
    }

    public boolean isStored() {
        return stored;
    }

    public String getBadge() {
        return badge;
    }
}
