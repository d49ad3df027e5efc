package ru.praktika.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/** An allowed move of a report: from a status by an action to a status (reference data). */
@Entity
@Immutable
@Table(name = "report_transition")
class ReportTransition {

    @EmbeddedId
    private Key key;

    @Column(name = "to_code", nullable = false)
    private String toCode;

    protected ReportTransition() {
    }

    Key getKey() {
        return key;
    }

    String getToCode() {
        return toCode;
    }

    @Embeddable
    record Key(@Column(name = "from_code") String fromCode, @Column(name = "action") String action) implements Serializable {
    }
}
