package ru.praktika.practices.placement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlacementStepRepository extends JpaRepository<PlacementStep, Long> {

    List<PlacementStep> findByPracticeIdOrderByAtAscIdAsc(Long practiceId);

    Optional<PlacementStep> findFirstByPracticeIdOrderByAtDescIdDesc(Long practiceId);
}
