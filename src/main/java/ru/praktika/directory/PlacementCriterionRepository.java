package ru.praktika.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlacementCriterionRepository extends JpaRepository<PlacementCriterion, Long> {

    List<PlacementCriterion> findAllByOrderBySortOrder();
}
