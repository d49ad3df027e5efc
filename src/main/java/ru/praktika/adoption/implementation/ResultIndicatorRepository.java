package ru.praktika.adoption.implementation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultIndicatorRepository extends JpaRepository<ResultIndicator, Long> {

    List<ResultIndicator> findByImplementationIdOrderById(Long implementationId);

    /** The indicators of several implementations in one query (report rows). */
    List<ResultIndicator> findByImplementationIdInOrderById(java.util.Collection<Long> implementationIds);
}
