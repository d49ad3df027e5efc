package ru.praktika.practices;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RussianRegionRepository extends JpaRepository<RussianRegion, String> {

    List<RussianRegion> findAllByOrderBySortOrder();
}
