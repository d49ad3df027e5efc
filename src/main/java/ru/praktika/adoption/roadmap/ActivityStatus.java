package ru.praktika.adoption.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.praktika.platform.StatusReference;

/** A status of a roadmap activity (reference data). "Overdue" is derived, never stored. */
@Entity
@Table(name = "activity_status")
public class ActivityStatus extends StatusReference {

    public static final String PLANNED = "PLANNED";
    public static final String IN_WORK = "IN_WORK";
    public static final String DONE = "DONE";
    public static final String CANCELLED = "CANCELLED";

    @Column(nullable = false)
    private boolean done;

    @Column(nullable = false)
    private boolean closed;

    protected ActivityStatus() {
    }

    public boolean isDone() {
        return done;
    }

    public boolean isClosed() {
        return closed;
    }
}
