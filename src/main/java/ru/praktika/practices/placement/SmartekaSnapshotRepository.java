package ru.praktika.practices.placement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SmartekaSnapshotRepository extends JpaRepository<SmartekaSnapshot, Long> {

    List<SmartekaSnapshot> findByPracticeIdOrderByTakenOnDesc(Long practiceId);
}
