package ru.praktika.adoption.implementation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

    List<StatusChange> findByImplementationIdOrderByChangedAtAscIdAsc(Long implementationId);

    /** The logs of several implementations in one query (report rows). */
    List<StatusChange> findByImplementationIdInOrderByChangedAtAscIdAsc(java.util.Collection<Long> implementationIds);
}
