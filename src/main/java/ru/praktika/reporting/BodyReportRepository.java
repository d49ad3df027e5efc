package ru.praktika.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BodyReportRepository extends JpaRepository<BodyReport, Long> {

    Optional<BodyReport> findByBodyIdAndPeriodCode(Long bodyId, String periodCode);

    List<BodyReport> findByPeriodCode(String periodCode);

    List<BodyReport> findByPeriodCodeIn(Collection<String> periodCodes);

    List<BodyReport> findByBodyIdAndPeriodCodeIn(Long bodyId, Collection<String> periodCodes);

    List<BodyReport> findByBodyIdOrderByPeriodEndDesc(Long bodyId);

    List<BodyReport> findByStatusOrderByDeadlineAscIdAsc(String status);

    List<BodyReport> findByBodyIdAndStatusOrderByDeadlineAsc(Long bodyId, String status);
}
