package ru.praktika.practices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A status of a municipal proposal (cl. 6) as reference data. */
@Entity
@Immutable
@Table(name = "proposal_status")
public class ProposalStatus {

    static final String PROPOSED = "PROPOSED";
    static final String ACCEPTED = "ACCEPTED";
    static final String DECLINED = "DECLINED";

    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ProposalStatus() {
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public int getSortOrder() { return sortOrder; }
}
