package ru.praktika.adoption.roadmap;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoadmapActivityRepository extends JpaRepository<RoadmapActivity, Long> {

    @Query("select a from RoadmapActivity a join fetch a.roadmap r where a.municipalityId = ?1 order by a.dueDate, a.id")
    List<RoadmapActivity> findByMunicipality(Long municipalityId);

    /** Overdue on {@code today} (due before it, not done nor cancelled) and not yet announced, in approved roadmaps. */
    @Query("""
            select a from RoadmapActivity a join fetch a.roadmap r
            where a.dueDate < ?1 and a.status not in ('DONE', 'CANCELLED') and a.overdueNotified = false
              and r.approvedAt is not null order by a.id""")
    List<RoadmapActivity> findNewlyOverdue(LocalDate today);
}
