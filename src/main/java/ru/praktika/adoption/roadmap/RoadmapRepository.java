package ru.praktika.adoption.roadmap;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoadmapRepository extends JpaRepository<Roadmap, Long> {

    @EntityGraph(attributePaths = "activities")
    Optional<Roadmap> findByImplementationId(Long implementationId);

    @EntityGraph(attributePaths = "activities")
    List<Roadmap> findByImplementationIdIn(Collection<Long> implementationIds);
}
