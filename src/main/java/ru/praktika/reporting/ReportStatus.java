package ru.praktika.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A status of a report or of the board (reference data from the migration). */
@Entity
@Immutable
@Table(name = "report_status")
public class ReportStatus {

    public static final String NOT_STARTED = "NOT_STARTED";
    public static final String DRAFT = "DRAFT";
    public static final String AWAITING_SIGNOFF = "AWAITING_SIGNOFF";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String SUBMITTED_ON_TIME = "SUBMITTED_ON_TIME";
    public static final String SUBMITTED_LATE = "SUBMITTED_LATE";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String RETURNED = "RETURNED";
    public static final String OVERDUE = "OVERDUE";

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean stored;

    @Column(nullable = false)
    private String badge;

    protected ReportStatus() {
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

    public boolean isStored() {
        return stored;
    }

    public String getBadge() {
        return badge;
    }
}
