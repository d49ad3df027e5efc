package ru.praktika.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A status of a roadmap activity (reference data). "Overdue" is derived, never stored. */
@Entity
@Table(name = "activity_status")
class ActivityStatus {

    static final String PLANNED = "PLANNED";
    static final String IN_WORK = "IN_WORK";
    static final String DONE = "DONE";
    static final String CANCELLED = "CANCELLED";

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean done;

    @Column(nullable = false)
    private boolean closed;

    protected ActivityStatus() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    int getSortOrder() {
        return sortOrder;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isClosed() {
        return closed;
    }
}
