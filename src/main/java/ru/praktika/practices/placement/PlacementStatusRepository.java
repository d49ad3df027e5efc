package ru.praktika.practices.placement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementStatusRepository extends JpaRepository<PlacementStatus, String> {

    List<PlacementStatus> findAllByOrderBySortOrder();
}
