package ru.praktika.practices;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CriterionEvidenceRepository extends JpaRepository<CriterionEvidence, Long> {

    List<CriterionEvidence> findByPracticeIdOrderByCreatedAt(Long practiceId);
}
