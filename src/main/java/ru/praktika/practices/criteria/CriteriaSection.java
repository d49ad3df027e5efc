package ru.praktika.practices.criteria;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import ru.praktika.directory.Directory;
import ru.praktika.directory.PlacementCriterion;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.practices.card.CardSection;
import ru.praktika.practices.card.Practice;

/** The card's criteria block (cl. 4.1): the criteria, the verdict of the region's rule, the evidence. */
@Component
class CriteriaSection implements CardSection {

    private final Directory directory;
    private final EligibilityCheck eligibility;
    private final RegionRatings ratings;
    private final PracticeEvidence evidence;

    CriteriaSection(Directory directory, EligibilityCheck eligibility, RegionRatings ratings, PracticeEvidence evidence) {
        this.directory = directory;
        this.eligibility = eligibility;
        this.ratings = ratings;
        this.evidence = evidence;
    }

    @Override
    public void addTo(Model model, Practice p, CurrentUser user, LocalDate today) {
        List<PlacementCriterion> criteria = directory.placementCriteria();
        RegionRatingEvidence rating = ratings.on(today);
        List<CriterionEvidence> practiceEvidence = evidence.of(p.getId());
        model.addAttribute("criteria", criteria);
        model.addAttribute("verdict", eligibility.verdict(criteria, rating != null, practiceEvidence));
        model.addAttribute("rating", rating);
        model.addAttribute("evidence", practiceEvidence);
        if (!model.containsAttribute("evidenceForm")) {
            model.addAttribute("evidenceForm", new CriteriaForms.EvidenceForm(null, null, null, null, null, null, null,
                    null, null));
        }
    }
}
