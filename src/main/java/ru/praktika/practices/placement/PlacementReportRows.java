package ru.praktika.practices.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.Directory;
import ru.praktika.practices.OwnPracticesForReport;
import ru.praktika.practices.card.Practice;
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

    @Override
    public List<PlacementLine> placements(Long bodyId, LocalDate asOf) {
        Map<String, String> names = statuses.names();
        List<PlacementLine> lines = new ArrayList<>();
        for (Practice p : practices.findByBodyId(bodyId)) {
            List<PlacementStep> history = steps.findByPracticeIdOrderByAtAscIdAsc(p.getId()).stream()
                    .filter(s -> !s.getEffectiveOn().isAfter(asOf)).toList();
            if (history.isEmpty()) {
                continue;
            }
            String status = history.get(history.size() - 1).getToStatus();
            if (!PlacementWorkflow.REPORTED.contains(status)) {
                continue;
            }
            PlacementStep submitted = last(history, PlacementWorkflow.SUBMITTED);
            PlacementStep published = last(history, PlacementWorkflow.PUBLISHED);
            PlacementEligibility.Verdict verdict = eligibility.verdict(p, asOf);
            int replicating = (int) replications.findByPracticeIdOrderBySince(p.getId()).stream()
                    .filter(r -> !r.getSince().isAfter(asOf)).count();
            lines.add(new PlacementLine(p.getId(), p.getTitle(), p.getCategoryId(),
                    directory.category(p.getCategoryId()).getName(), status, names.get(status),
                    submitted == null ? null : submitted.getEffectiveOn(),
                    submitted == null ? null : submitted.getSmartekaNumber(),
                    published == null ? null : published.getEffectiveOn(),
                    published == null ? null : published.getSmartekaUrl(),
                    verdict.metLetters(), replicating));
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
