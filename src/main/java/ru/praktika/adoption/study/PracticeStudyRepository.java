package ru.praktika.adoption.study;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeStudyRepository extends JpaRepository<PracticeStudy, Long> {

    Optional<PracticeStudy> findByPracticeIdAndBodyId(Long practiceId, Long bodyId);

    List<PracticeStudy> findByBodyIdOrderByStudiedOnDesc(Long bodyId);
}
