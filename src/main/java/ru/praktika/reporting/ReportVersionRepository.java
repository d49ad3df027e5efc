package ru.praktika.reporting;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportVersionRepository extends JpaRepository<ReportVersion, Long> {

    @Query("select v from ReportVersion v where v.report.id = ?1 order by v.number")
    List<ReportVersion> findByReport(Long reportId);

    @Query("select v from ReportVersion v where v.report.id in ?1 order by v.number")
    List<ReportVersion> findByReports(Collection<Long> reportIds);
}
