package ru.praktika.practices.criteria;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.Directory;
import ru.praktika.directory.PlacementCriterion;
import ru.praktika.practices.card.Practice;

/** The region's rule of cl. 4.1 ({@link PlacementEligibility}) applied to one practice on a date. */
@Component
@Transactional(readOnly = true)
public class EligibilityCheck {

    private final Directory directory;
    private final RegionRatings ratings;
    private final CriterionEvidenceRepository evidence;

    EligibilityCheck(Directory directory, RegionRatings ratings, CriterionEvidenceRepository evidence) {
        this.directory = directory;
        this.ratings = ratings;
        this.evidence = evidence;
    }

    public PlacementEligibility.Verdict verdict(Practice p, LocalDate date) {
        return verdict(directory.placementCriteria(), ratings.on(date) != null,
                evidence.findByPracticeIdOrderByCreatedAt(p.getId()));
    }

    /**
     * The verdicts of several practices on one date in four statements whatever their number (the criteria, the
     * region's rating and rule once, the evidence of all at once): a report lists every practice of a body.
     */
    public Map<Long, PlacementEligibility.Verdict> verdicts(List<Long> practiceIds, LocalDate date) {
        if (practiceIds.isEmpty()) {
            return Map.of();
        }
        List<PlacementCriterion> criteria = directory.placementCriteria();
        boolean rated = ratings.on(date) != null;
        var rule = directory.region().getPlacementRule();
        Map<Long, List<CriterionEvidence>> byPractice = evidence.findByPracticeIdInOrderByCreatedAt(practiceIds).stream()
                .collect(Collectors.groupingBy(CriterionEvidence::getPracticeId));
        Map<Long, PlacementEligibility.Verdict> verdicts = new HashMap<>();
        practiceIds.forEach(id -> verdicts.put(id, verdict(rule, criteria, rated, byPractice.getOrDefault(id, List.of()))));
        return verdicts;
    }

    /** The same verdict from what the caller has already loaded (the card shows all three). */
    PlacementEligibility.Verdict verdict(List<PlacementCriterion> placementCriteria, boolean regionRated,
                                         List<CriterionEvidence> practiceEvidence) {
        return verdict(directory.region().getPlacementRule(), placementCriteria, regionRated, practiceEvidence);
    }

    private PlacementEligibility.Verdict verdict(ru.praktika.directory.Region.PlacementRule rule,
                                                 List<PlacementCriterion> placementCriteria, boolean regionRated,
                                                 List<CriterionEvidence> practiceEvidence) {
        List<PlacementEligibility.Criterion> criteria = placementCriteria.stream()
                .map(c -> new PlacementEligibility.Criterion(c.getCode(), c.getLetter(),
                        c.getScope() == PlacementCriterion.Scope.REGION))
                .toList();
        Set<String> regionMet = new HashSet<>();
        if (regionRated) {
            criteria.stream().filter(PlacementEligibility.Criterion::regionLevel)
                    .forEach(c -> regionMet.add(c.code()));
        }
        Set<String> practiceMet = practiceEvidence.stream()
                .map(CriterionEvidence::getCriterionCode).collect(Collectors.toSet());
        return PlacementEligibility.judge(rule, criteria, regionMet, practiceMet);
    }
}
