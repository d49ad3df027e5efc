package ru.praktika.adoption.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
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

    ImplementationReportRows(ImplementationRepository implementations, StatusChangeRepository changes,
                             RoadmapRepository roadmaps, ResultIndicatorRepository indicators,
                             CataloguePracticeRepository practices, FederalSubjectRepository subjects,
                             Directory directory, Statuses statuses,
                             @Value("${praktika.time-zone:Asia/Yakutsk}") String zone) {
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

    @Override
    public List<ImplementationLine> implementations(Long bodyId, LocalDate asOf) {
        Map<Long, String> categories = directory.categories().stream()
                .collect(Collectors.toMap(Category::getId, Category::getName));
        List<ImplementationLine> lines = new ArrayList<>();
        List<Implementation> all = bodyId == null ? implementations.findAllByOrderByIdDesc()
                : implementations.findByBodyIdOrderByIdDesc(bodyId);
        for (Implementation i : all) {
            String status = statusOn(i.getId(), asOf);
            if (status == null) {
                continue;
            }
            CataloguePractice p = practices.findById(i.getPracticeId()).orElseThrow();
            List<ResultIndicator> measures = indicators.findByImplementationIdOrderById(i.getId());
            String planned = join(i.getPlannedResult(), measures.stream().map(m -> m.describe(false)).toList());
            String achieved = join(i.getAchievedResult(), measures.stream()
                    .filter(m -> m.getAchievedDate() == null || !m.getAchievedDate().isAfter(asOf))
                    .map(m -> m.describe(true)).toList());
            int progress = roadmaps.findByImplementationId(i.getId()).map(r -> progressOn(r, asOf)).orElse(0);
            lines.add(new ImplementationLine(i.getId(), p.getTitle(),
                    subjects.findById(p.getSourceSubjectId()).map(FederalSubject::getName).orElse(""),
                    p.getSmartekaUrl(), p.getCategoryId(), categories.get(p.getCategoryId()), status,
                    statuses.name(status), planned, achieved, i.getResponsibleFullName(), i.getResponsiblePosition(),
                    i.getResponsiblePhone(), i.getResponsibleEmail(), progress));
        }
        return lines;
    }

    @Override
    public List<OverdueActivityLine> overdueActivities(Long bodyId, LocalDate asOf) {
        List<OverdueActivityLine> lines = new ArrayList<>();
        List<Implementation> all = bodyId == null ? implementations.findAllByOrderByIdDesc()
                : implementations.findByBodyIdOrderByIdDesc(bodyId);
        for (Implementation i : all) {
            if (!i.isActive()) {
                continue;
            }
            roadmaps.findByImplementationId(i.getId()).filter(Roadmap::isApproved).ifPresent(r -> {
                String title = practices.findById(i.getPracticeId()).map(CataloguePractice::getTitle).orElse("");
                for (RoadmapActivity a : r.getActivities()) {
                    if (overdueOn(a, asOf)) {
                        lines.add(new OverdueActivityLine(a.getId(), i.getId(), i.getBodyId(), title, a.getNumber(),
                                a.getTitle(), a.getDueDate(), a.getResponsiblePerson(), null, a.getMissExplanation()));
                    }
                }
            });
        }
        return lines;
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

    private String statusOn(Long implementationId, LocalDate asOf) {
        String status = null;
        for (StatusChange c : changes.findByImplementationIdOrderByChangedAtAscIdAsc(implementationId)) {
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
