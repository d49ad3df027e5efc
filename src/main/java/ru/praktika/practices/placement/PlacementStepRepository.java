package ru.praktika.practices.placement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlacementStepRepository extends JpaRepository<PlacementStep, Long> {

    List<PlacementStep> findByPracticeIdOrderByAtAscIdAsc(Long practiceId);

    List<PlacementStep> findByPracticeIdInOrderByAtAscIdAsc(java.util.Collection<Long> practiceIds);

    Optional<PlacementStep> findFirstByPracticeIdOrderByAtDescIdDesc(Long practiceId);
}
