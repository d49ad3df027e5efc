package ru.praktika.practices;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementStatusRepository extends JpaRepository<PlacementStatus, String> {

    List<PlacementStatus> findAllByOrderBySortOrder();
}
