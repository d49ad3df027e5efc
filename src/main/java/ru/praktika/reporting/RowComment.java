package ru.praktika.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** The officer's free comment on one row of the report ({@code P:<practiceId>} or {@code I:<implementationId>}). */
@Entity
@Audited
@Table(name = "report_row_comment")
class RowComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private BodyReport report;

    @Column(name = "row_key", nullable = false, length = 40)
    private String rowKey;

    @Column(nullable = false, length = 2000)
    private String text;

    protected RowComment() {
    }

    RowComment(BodyReport report, String rowKey, String text) {
        this.report = report;
        this.rowKey = rowKey;
        this.text = text;
    }

    void change(String text) {
        this.text = text;
    }

    String getRowKey() {
        return rowKey;
    }

    String getText() {
        return text;
    }
}
