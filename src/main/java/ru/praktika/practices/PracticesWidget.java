package ru.praktika.practices;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;
import ru.praktika.practices.card.PracticeSearch;
import ru.praktika.practices.placement.PlacementStatus;
import ru.praktika.practices.placement.PlacementStatuses;
import ru.praktika.practices.proposals.ProposalService;

/**
 * The home page widget (read in the template as {@code @practicesWidget}): how many practices of the user's
 * scope stand in each status, and how many municipal proposals wait for the body.
 */
@Component("practicesWidget")
public class PracticesWidget {

    private final PracticeSearch search;
    private final PlacementStatuses statuses;
    private final ProposalService proposals;

    PracticesWidget(PracticeSearch search, PlacementStatuses statuses, ProposalService proposals) {
        this.search = search;
        this.statuses = statuses;
        this.proposals = proposals;
    }

    /** Status name → count, only non-zero, in the order of the statuses. */
    @Transactional(readOnly = true)
    public Map<String, Long> byStatus() {
        CurrentUser user = CurrentUsers.get();
        Map<String, Long> byCode = search.countByStatus(user); // one grouped statement, not a count per status
        Map<String, Long> counts = new LinkedHashMap<>();
        for (PlacementStatus s : statuses.list()) {
            long n = byCode.getOrDefault(s.getCode(), 0L);
            if (n > 0) {
                counts.put(s.getName(), n);
            }
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public long waitingProposals() {
        return proposals.waitingForOwnBody();
    }

    /**
     * Shown to the coordinator and the observer, whose start page is the region's overview. Officers and heads
     * reach their practices from the menu: their start page already carries the body card, the report and the
     * adoption widgets, and a further card pushed the body link out of the browser journeys' visible area.
     */
    public boolean seesPractices() {
        return CurrentUsers.get().seesAllBodies();
    }
}
