package ru.praktika.practices.criteria;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import ru.praktika.directory.Directory;
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
        model.addAttribute("criteria", directory.placementCriteria());
        model.addAttribute("verdict", eligibility.verdict(p, today));
        model.addAttribute("rating", ratings.on(today));
        model.addAttribute("evidence", evidence.of(p.getId()));
        if (!model.containsAttribute("evidenceForm")) {
            model.addAttribute("evidenceForm", new CriteriaForms.EvidenceForm(null, null, null, null, null, null, null,
                    null, null));
        }
    }
}
