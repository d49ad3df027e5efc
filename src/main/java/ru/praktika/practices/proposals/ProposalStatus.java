package ru.praktika.practices.proposals;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import ru.praktika.platform.StatusReference;

/** A status of a municipal proposal (cl. 6) as reference data. */
@Entity
@Immutable
@Table(name = "proposal_status")
public class ProposalStatus extends StatusReference {

    static final String PROPOSED = "PROPOSED";
    static final String ACCEPTED = "ACCEPTED";
    static final String DECLINED = "DECLINED";

    protected ProposalStatus() {
    }
}
