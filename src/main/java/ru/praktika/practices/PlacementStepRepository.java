package ru.praktika.practices;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementStepRepository extends JpaRepository<PlacementStep, Long> {

    List<PlacementStep> findByPracticeIdOrderByAtAscIdAsc(Long practiceId);
}
