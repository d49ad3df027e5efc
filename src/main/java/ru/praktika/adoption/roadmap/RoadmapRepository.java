package ru.praktika.adoption.roadmap;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoadmapRepository extends JpaRepository<Roadmap, Long> {

    @EntityGraph(attributePaths = "activities")
    Optional<Roadmap> findByImplementationId(Long implementationId);
}
