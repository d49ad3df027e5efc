package ru.praktika.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.praktika.platform.StatusReference;

/** A status of a roadmap activity (reference data). "Overdue" is derived, never stored. */
@Entity
@Table(name = "activity_status")
class ActivityStatus extends StatusReference {

    static final String PLANNED = "PLANNED";
    static final String IN_WORK = "IN_WORK";
    static final String DONE = "DONE";
    static final String CANCELLED = "CANCELLED";

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
