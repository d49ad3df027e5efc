package ru.praktika.adoption.roadmap;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoadmapVersionRepository extends JpaRepository<RoadmapVersion, Long> {

    List<RoadmapVersion> findByRoadmapIdOrderByNumberDesc(Long roadmapId);

    Optional<RoadmapVersion> findByRoadmapIdAndNumber(Long roadmapId, int number);
}
