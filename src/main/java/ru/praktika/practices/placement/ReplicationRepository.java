package ru.praktika.practices.placement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReplicationRepository extends JpaRepository<Replication, Long> {

    List<Replication> findByPracticeIdOrderBySince(Long practiceId);

    List<Replication> findByPracticeIdInOrderBySince(java.util.Collection<Long> practiceIds);

    boolean existsByPracticeIdAndRegionCode(Long practiceId, String regionCode);
}
