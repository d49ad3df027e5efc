package ru.praktika.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The 89 subjects of the Russian Federation, read-only reference data (see {@link FederalSubject}). */
public interface FederalSubjectRepository extends JpaRepository<FederalSubject, Long> {

    List<FederalSubject> findAllByOrderBySortOrder();

    Optional<FederalSubject> findByCode(String code);

    Optional<FederalSubject> findByNameIgnoreCase(String name);
}
