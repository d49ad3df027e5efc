package ru.praktika.practices.placement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import ru.praktika.directory.FederalSubject;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.practices.card.CardSection;
import ru.praktika.practices.card.Practice;
import ru.praktika.practices.card.PracticeAccess;

/** The card's application block: status names, the history, the moves this user may make, replication. */
@Component
class PlacementSection implements CardSection {

    private final Placements placements;
    private final PlacementStatuses statuses;
    private final Replications replications;
    private final PracticeAccess access;

    PlacementSection(Placements placements, PlacementStatuses statuses, Replications replications, PracticeAccess access) {
        this.placements = placements;
        this.statuses = statuses;
        this.replications = replications;
        this.access = access;
    }

    @Override
    public void addTo(Model model, Practice p, CurrentUser user, LocalDate today) {
        model.addAttribute("statusNames", statuses.names());
        model.addAttribute("timeline", placements.timeline(p.getId()));
        model.addAttribute("replications", replications.of(p.getId()));
        model.addAttribute("snapshots", replications.snapshotsOf(p.getId()));
        List<FederalSubject> regions = replications.russianRegions();
        model.addAttribute("russianRegions", regions);
        model.addAttribute("regionNames", regions.stream()
                .collect(Collectors.toMap(FederalSubject::getCode, FederalSubject::getName)));
        boolean canEdit = access.canEdit(user, p);
        boolean canDecide = access.canRecordSmartekaDecision(user, p);
        model.addAttribute("canRecordReplication", canDecide && PlacementWorkflow.PUBLISHED.equals(p.getStatus()));
        Map<String, Boolean> moves = new LinkedHashMap<>();
        for (String to : PlacementWorkflow.nextOf(p.getStatus())) {
            boolean allowed = PlacementWorkflow.isSmartekaDecision(to) ? canDecide : canEdit;
            if (allowed) {
                moves.put(to, PlacementWorkflow.requiresReason(to));
            }
        }
        model.addAttribute("moves", moves);
        if (!model.containsAttribute("moveForm")) {
            model.addAttribute("moveForm", new PlacementForms.MoveForm(null, null, null, null, null));
        }
        if (!model.containsAttribute("replicationForm")) {
            model.addAttribute("replicationForm", new PlacementForms.ReplicationForm(null, today, null));
        }
        if (!model.containsAttribute("snapshotForm")) {
            model.addAttribute("snapshotForm", new PlacementForms.SnapshotForm(today, null, null, null));
        }
    }
}
