package ru.praktika.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.ReferenceChangeListener;

/**
 * "Category → body" of App. 1 for a span of time. A new decree ends an assignment and starts
 * another; nothing is overwritten, so a record of 2026 keeps the assignment that held in 2026.
 */
@Entity
@EntityListeners(ReferenceChangeListener.class)
@Audited
@Table(name = "category_assignment")
public class CategoryAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private ResponsibleBody body;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    /** Last day the assignment holds; null while it is in force. */
    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "basis", length = 300)
    private String basis;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected CategoryAssignment() {
    }

    public CategoryAssignment(Category category, ResponsibleBody body, LocalDate validFrom, String basis, int sortOrder) {
        this.category = category;
        this.body = body;
        this.validFrom = validFrom;
        this.basis = basis;
        this.sortOrder = sortOrder;
    }

    public boolean holdsOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    /** Ends the assignment on {@code lastDay}; the assignment remains in the history. */
    public void end(LocalDate lastDay) {
        if (validTo != null) {
            throw new DomainException("directory.assignment.alreadyEnded");
        }
        if (lastDay.isBefore(validFrom)) {
            throw new DomainException("directory.assignment.endBeforeStart");
        }
        this.validTo = lastDay;
    }

    public Long getId() {
        return id;
    }

    public Category getCategory() {
        return category;
    }

    public ResponsibleBody getBody() {
        return body;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getBasis() {
        return basis;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public long getVersion() {
        return version;
    }
}
