package ru.praktika.practices.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.Directory;
import ru.praktika.practices.OwnPracticesForReport;
import ru.praktika.practices.card.PracticeHeading;
import ru.praktika.practices.card.PracticeRepository;
import ru.praktika.practices.criteria.EligibilityCheck;
import ru.praktika.practices.criteria.PlacementEligibility;

/**
 * Section 1 of the quarterly report (cl. 7.1): a body's own practices placed on Smarteka or on their way,
 * as they stood on a date. The status is read from the placement history (the last move on or before the
 * date), not from today's status, so a report for a past quarter does not change when the practice moves on.
 */
@Service
@Transactional(readOnly = true)
class PlacementReportRows implements OwnPracticesForReport {

    private final PracticeRepository practices;
    private final PlacementStepRepository steps;
    private final PlacementStatuses statuses;
    private final EligibilityCheck eligibility;
    private final ReplicationRepository replications;
    private final Directory directory;

    PlacementReportRows(PracticeRepository practices, PlacementStepRepository steps, PlacementStatuses statuses,
                        EligibilityCheck eligibility, ReplicationRepository replications, Directory directory) {
        this.practices = practices;
        this.steps = steps;
        this.statuses = statuses;
        this.eligibility = eligibility;
        this.replications = replications;
        this.directory = directory;
    }

    /** A fixed number of statements whatever the number of practices: steps, verdicts and replications of all at once. */
    @Override
    public List<PlacementLine> placements(Long bodyId, LocalDate asOf) {
        List<PracticeHeading> all = practices.findHeadingsByBodyId(bodyId);
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PlacementStep>> stepsOf = steps.findByPracticeIdInOrderByAtAscIdAsc(
                        all.stream().map(PracticeHeading::id).toList()).stream()
                .filter(s -> !s.getEffectiveOn().isAfter(asOf))
                .collect(Collectors.groupingBy(PlacementStep::getPracticeId));
        List<PracticeHeading> reported = all.stream().filter(p -> {
            List<PlacementStep> history = stepsOf.get(p.id());
            return history != null && PlacementWorkflow.REPORTED.contains(history.get(history.size() - 1).getToStatus());
        }).toList();
        if (reported.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = statuses.names();
        Map<Long, String> categories = directory.categories().stream()
                .collect(Collectors.toMap(c -> c.getId(), c -> c.getName()));
        List<Long> reportedIds = reported.stream().map(PracticeHeading::id).toList();
        Map<Long, PlacementEligibility.Verdict> verdicts = eligibility.verdicts(reportedIds, asOf);
        Map<Long, Long> replicating = replications.findByPracticeIdInOrderBySince(reportedIds).stream()
                .filter(r -> !r.getSince().isAfter(asOf))
                .collect(Collectors.groupingBy(Replication::getPracticeId, Collectors.counting()));
        List<PlacementLine> lines = new ArrayList<>();
        for (PracticeHeading p : reported) {
            List<PlacementStep> history = stepsOf.get(p.id());
            String status = history.get(history.size() - 1).getToStatus();
            PlacementStep submitted = last(history, PlacementWorkflow.SUBMITTED);
            PlacementStep published = last(history, PlacementWorkflow.PUBLISHED);
            lines.add(new PlacementLine(p.id(), p.title(), p.categoryId(),
                    categories.get(p.categoryId()), status, names.get(status),
                    submitted == null ? null : submitted.getEffectiveOn(),
                    submitted == null ? null : submitted.getSmartekaNumber(),
                    published == null ? null : published.getEffectiveOn(),
                    published == null ? null : published.getSmartekaUrl(),
                    verdicts.get(p.id()).metLetters(), replicating.getOrDefault(p.id(), 0L).intValue()));
        }
        lines.sort(Comparator.comparing(PlacementLine::title));
        return lines;
    }

    private static PlacementStep last(List<PlacementStep> history, String status) {
        PlacementStep found = null;
        for (PlacementStep s : history) {
            if (s.getToStatus().equals(status)) {
                found = s;
            }
        }
        return found;
    }
}
