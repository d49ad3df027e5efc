package ru.praktika.practices.criteria;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CriterionEvidenceRepository extends JpaRepository<CriterionEvidence, Long> {

    List<CriterionEvidence> findByPracticeIdOrderByCreatedAt(Long practiceId);

    List<CriterionEvidence> findByPracticeIdInOrderByCreatedAt(java.util.Collection<Long> practiceIds);
}
