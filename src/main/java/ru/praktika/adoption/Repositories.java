package ru.praktika.adoption;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticeStudyRepository extends JpaRepository<PracticeStudy, Long> {

    Optional<PracticeStudy> findByPracticeIdAndBodyId(Long practiceId, Long bodyId);

    List<PracticeStudy> findByBodyIdOrderByStudiedOnDesc(Long bodyId);
}

interface ImplementationRepository extends JpaRepository<Implementation, Long> {

    Optional<Implementation> findByPracticeIdAndBodyId(Long practiceId, Long bodyId);

    List<Implementation> findByBodyIdOrderByIdDesc(Long bodyId);

    List<Implementation> findAllByOrderByIdDesc();
}

interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

    List<StatusChange> findByImplementationIdOrderByChangedAtAscIdAsc(Long implementationId);
}

interface ResultIndicatorRepository extends JpaRepository<ResultIndicator, Long> {

    List<ResultIndicator> findByImplementationIdOrderById(Long implementationId);
}

interface RoadmapRepository extends JpaRepository<Roadmap, Long> {

    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "activities")
    Optional<Roadmap> findByImplementationId(Long implementationId);
}

interface RoadmapActivityRepository extends JpaRepository<RoadmapActivity, Long> {

    @Query("select a from RoadmapActivity a join fetch a.roadmap r where a.municipalityId = ?1 order by a.dueDate, a.id")
    List<RoadmapActivity> findByMunicipality(Long municipalityId);

    /** Overdue on {@code today} (due before it, not done nor cancelled) and not yet announced, in approved roadmaps. */
    @Query("""
            select a from RoadmapActivity a join fetch a.roadmap r
            where a.dueDate < ?1 and a.status not in ('DONE', 'CANCELLED') and a.overdueNotified = false
              and r.approvedAt is not null order by a.id""")
    List<RoadmapActivity> findNewlyOverdue(LocalDate today);
}

interface RoadmapVersionRepository extends JpaRepository<RoadmapVersion, Long> {

    List<RoadmapVersion> findByRoadmapIdOrderByNumberDesc(Long roadmapId);

    Optional<RoadmapVersion> findByRoadmapIdAndNumber(Long roadmapId, int number);
}

interface MunicipalSettingsRepository extends JpaRepository<MunicipalSettings, Long> {
}
