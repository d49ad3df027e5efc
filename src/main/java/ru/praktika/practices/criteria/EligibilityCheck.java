package ru.praktika.practices.criteria;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
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

    /** The same verdict from what the caller has already loaded (the card shows all three). */
    PlacementEligibility.Verdict verdict(List<PlacementCriterion> placementCriteria, boolean regionRated,
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
        return PlacementEligibility.judge(directory.region().getPlacementRule(), criteria, regionMet, practiceMet);
    }
}
