package ru.praktika.adoption.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.adoption.ImplementationsForReport;
import ru.praktika.adoption.catalogue.CataloguePractice;
import ru.praktika.adoption.catalogue.CataloguePracticeRepository;
import ru.praktika.adoption.implementation.Implementation;
import ru.praktika.adoption.implementation.ImplementationRepository;
import ru.praktika.adoption.implementation.ResultIndicator;
import ru.praktika.adoption.implementation.ResultIndicatorRepository;
import ru.praktika.adoption.implementation.StatusChange;
import ru.praktika.adoption.implementation.StatusChangeRepository;
import ru.praktika.adoption.implementation.Statuses;
import ru.praktika.adoption.roadmap.Roadmap;
import ru.praktika.adoption.roadmap.RoadmapActivity;
import ru.praktika.adoption.roadmap.RoadmapRepository;
import ru.praktika.directory.Category;
import ru.praktika.directory.Directory;
import ru.praktika.directory.FederalSubject;
import ru.praktika.directory.FederalSubjectRepository;

/**
 * Section 2 of the quarterly report (cl. 7.2) as things stood on a date: the status from the log of moves,
 * progress from activities done by then, indicators measured by then. Texts (results, contacts) are as
 * they are now — the report is assembled close to its date.
 */
@Service
@Transactional(readOnly = true)
class ImplementationReportRows implements ImplementationsForReport {

    private final ImplementationRepository implementations;
    private final StatusChangeRepository changes;
    private final RoadmapRepository roadmaps;
    private final ResultIndicatorRepository indicators;
    private final CataloguePracticeRepository practices;
    private final FederalSubjectRepository subjects;
    private final Directory directory;
    private final Statuses statuses;
    private final ZoneId zone;
    private final JdbcClient jdbc;

    ImplementationReportRows(ImplementationRepository implementations, StatusChangeRepository changes,
                             RoadmapRepository roadmaps, ResultIndicatorRepository indicators,
                             CataloguePracticeRepository practices, FederalSubjectRepository subjects,
                             Directory directory, Statuses statuses,
                             @Value("${praktika.time-zone:Asia/Yakutsk}") String zone, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.implementations = implementations;
        this.changes = changes;
        this.roadmaps = roadmaps;
        this.indicators = indicators;
        this.practices = practices;
        this.subjects = subjects;
        this.directory = directory;
        this.statuses = statuses;
        this.zone = ZoneId.of(zone);
    }

    /** A fixed number of statements whatever the number of implementations: each kind of row is read for all at once. */
    @Override
    public List<ImplementationLine> implementations(Long bodyId, LocalDate asOf) {
        List<Implementation> all = bodyId == null ? implementations.findAllByOrderByIdDesc()
                : implementations.findByBodyIdOrderByIdDesc(bodyId);
        if (all.isEmpty()) {
            return List.of();
        }
        List<Long> ids = all.stream().map(Implementation::getId).toList();
        Map<Long, List<StatusChange>> logs = changes.findByImplementationIdInOrderByChangedAtAscIdAsc(ids).stream()
                .collect(Collectors.groupingBy(StatusChange::getImplementationId));
        List<Implementation> reported = all.stream()
                .filter(i -> statusOn(logs.getOrDefault(i.getId(), List.of()), asOf) != null).toList();
        if (reported.isEmpty()) {
            return List.of();
        }
        List<Long> reportedIds = reported.stream().map(Implementation::getId).toList();
        Map<Long, CataloguePractice> byPractice = practices.findAllById(
                        reported.stream().map(Implementation::getPracticeId).distinct().toList()).stream()
                .collect(Collectors.toMap(CataloguePractice::getId, Function.identity()));
        Map<Long, String> subjectNames = subjects.findAllById(byPractice.values().stream()
                        .map(CataloguePractice::getSourceSubjectId).filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(FederalSubject::getId, FederalSubject::getName));
        Map<Long, List<ResultIndicator>> measuresOf = indicators.findByImplementationIdInOrderById(reportedIds).stream()
                .collect(Collectors.groupingBy(ResultIndicator::getImplementationId));
        Map<Long, Roadmap> roadmapOf = roadmaps.findByImplementationIdIn(reportedIds).stream()
                .collect(Collectors.toMap(Roadmap::getImplementationId, Function.identity()));
        Map<Long, String> categories = directory.categories().stream()
                .collect(Collectors.toMap(Category::getId, Category::getName));
        List<ImplementationLine> lines = new ArrayList<>();
        for (Implementation i : reported) {
            String status = statusOn(logs.get(i.getId()), asOf);
            CataloguePractice p = byPractice.get(i.getPracticeId());
            List<ResultIndicator> measures = measuresOf.getOrDefault(i.getId(), List.of());
            String planned = join(i.getPlannedResult(), measures.stream().map(m -> m.describe(false)).toList());
            String achieved = join(i.getAchievedResult(), measures.stream()
                    .filter(m -> m.getAchievedDate() == null || !m.getAchievedDate().isAfter(asOf))
                    .map(m -> m.describe(true)).toList());
            Roadmap r = roadmapOf.get(i.getId());
            int progress = r == null ? 0 : progressOn(r, asOf);
            lines.add(new ImplementationLine(i.getId(), p.getTitle(), subjectNames.getOrDefault(p.getSourceSubjectId(), ""),
                    p.getSmartekaUrl(), p.getCategoryId(), categories.get(p.getCategoryId()), status,
                    statuses.name(status), planned, achieved, i.getResponsibleFullName(), i.getResponsiblePosition(),
                    i.getResponsiblePhone(), i.getResponsibleEmail(), progress));
        }
        return lines;
    }

    /**
     * One statement whatever the number of implementations: the activities of approved roadmaps of active
     * implementations that are overdue on {@code asOf} by the rule of {@link #overdueOn}, with the practice title.
     */
    @Override
    public List<OverdueActivityLine> overdueActivities(Long bodyId, LocalDate asOf) {
        return jdbc.sql("""
                        select a.id, i.id as implementation_id, i.body_id, cp.title, a.number, a.title as activity_title,
                               a.due_date, a.responsible_person, a.miss_explanation
                        from roadmap_activity a
                        join roadmap r on r.id = a.roadmap_id and r.approved_at is not null
                        join implementation i on i.id = r.implementation_id
                        join catalogue_practice cp on cp.id = i.practice_id
                        where i.status_code not in ('IMPLEMENTED', 'CANCELLED')
                          and (cast(:body as bigint) is null or i.body_id = :body)
                          and a.status_code <> 'CANCELLED' and a.due_date < :asOf
                          and (a.status_code <> 'DONE' or a.actual_date is null or a.actual_date >= :asOf)
                        order by i.id desc, a.sort_order, a.id""")
                .param("body", bodyId).param("asOf", asOf)
                .query((rs, n) -> new OverdueActivityLine(rs.getLong("id"), rs.getLong("implementation_id"),
                        rs.getLong("body_id"), rs.getString("title"), rs.getString("number"),
                        rs.getString("activity_title"), rs.getObject("due_date", LocalDate.class),
                        rs.getString("responsible_person"), null, rs.getString("miss_explanation")))
                .list();
    }

    /** Not done by {@code asOf} (or done only later) and due before it; cancelled ones never count. */
    static boolean overdueOn(RoadmapActivity a, LocalDate asOf) {
        if (a.isCancelled() || !a.getDueDate().isBefore(asOf)) {
            return false;
        }
        return !a.isDone() || a.getActualDate() == null || !a.getActualDate().isBefore(asOf);
    }

    static int progressOn(Roadmap r, LocalDate asOf) {
        int total = 0;
        int done = 0;
        for (RoadmapActivity a : r.getActivities()) {
            if (a.isCancelled()) {
                continue;
            }
            total += a.getWeight();
            if (a.isDone() && a.getActualDate() != null && !a.getActualDate().isAfter(asOf)) {
                done += a.getWeight();
            }
        }
        return total == 0 ? 0 : done * 100 / total;
    }

    private String statusOn(List<StatusChange> log, LocalDate asOf) {
        String status = null;
        for (StatusChange c : log == null ? List.<StatusChange>of() : log) {
            if (c.getChangedAt().atZone(zone).toLocalDate().isAfter(asOf)) {
                break;
            }
            status = c.getToCode();
        }
        return status;
    }

    private static String join(String text, List<String> measures) {
        List<String> parts = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            parts.add(text.strip());
        }
        measures.stream().filter(m -> m != null).forEach(parts::add);
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
