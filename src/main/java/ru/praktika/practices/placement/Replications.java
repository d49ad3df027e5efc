package ru.praktika.practices.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.FederalSubject;
import ru.praktika.directory.FederalSubjectRepository;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.security.CurrentUsers;
import ru.praktika.practices.card.Practice;
import ru.praktika.practices.card.PracticeAccess;
import ru.praktika.practices.card.PracticeCards;

/**
 * After publication: the regions of the RF that took the practice up (тиражирование) and dated readings of
 * Smarteka's counters. Recorded by whoever may record Smarteka's decisions, only for a published practice.
 */
@Service
@Transactional
class Replications {

    private final PracticeCards cards;
    private final ReplicationRepository replications;
    private final SmartekaSnapshotRepository snapshots;
    private final FederalSubjectRepository regions;
    private final ru.praktika.directory.Directory directory;
    private final PracticeAccess access;
    private final Clock clock;

    Replications(PracticeCards cards, ReplicationRepository replications, SmartekaSnapshotRepository snapshots,
                 FederalSubjectRepository regions, PracticeAccess access, ru.praktika.directory.Directory directory,
                 Clock clock) {
        this.directory = directory;
        this.cards = cards;
        this.replications = replications;
        this.snapshots = snapshots;
        this.regions = regions;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Replication> of(Long practiceId) {
        return replications.findByPracticeIdOrderBySince(practiceId);
    }

    @Transactional(readOnly = true)
    List<SmartekaSnapshot> snapshotsOf(Long practiceId) {
        return snapshots.findByPracticeIdOrderByTakenOnDesc(practiceId);
    }

    @Transactional(readOnly = true)
    List<FederalSubject> russianRegions() {
        String own = directory.region().getName();
        // the practice is the region's own: it cannot be "replicated" into the region itself
        return directory.federalSubjects().stream().filter(r -> !r.getName().equals(own)).toList();
    }

    /** Another region took the practice up: only a published practice can be replicated. */
    Replication add(Long practiceId, String regionCode, LocalDate since, String link) {
        requirePublished(practiceId);
        if (regionCode == null || regions.findByCode(regionCode).isEmpty()) {
            throw new DomainException("practices.replication.unknownRegion");
        }
        if (regions.findByCode(regionCode).get().getName().equals(directory.region().getName())) {
            throw new DomainException("practices.replication.ownRegion");
        }
        if (replications.existsByPracticeIdAndRegionCode(practiceId, regionCode)) {
            throw new DomainException("practices.replication.duplicate");
        }
        if (since == null || since.isAfter(LocalDate.now(clock))) {
            throw new DomainException("practices.replication.badDate");
        }
        String checked = link == null || link.isBlank() ? null : link.trim();
        if (checked != null && (checked.length() > 500 || !checked.matches("(?i)https?://\\S+"))) {
            throw new DomainException("practices.evidence.badLink");
        }
        return replications.save(new Replication(practiceId, regionCode, since, checked, CurrentUsers.get().fullName()));
    }

    SmartekaSnapshot addSnapshot(Long practiceId, LocalDate takenOn, int regionsCount, int likes, int views) {
        requirePublished(practiceId);
        if (takenOn == null || takenOn.isAfter(LocalDate.now(clock))) {
            throw new DomainException("practices.snapshot.badDate");
        }
        if (regionsCount < 0 || likes < 0 || views < 0) {
            throw new DomainException("practices.snapshot.negative");
        }
        return snapshots.save(new SmartekaSnapshot(practiceId, takenOn, regionsCount, likes, views,
                CurrentUsers.get().fullName()));
    }

    private void requirePublished(Long practiceId) {
        Practice p = cards.get(practiceId);
        access.requireMove(p, PlacementWorkflow.PUBLISHED);
        if (!PlacementWorkflow.PUBLISHED.equals(p.getStatus())) {
            throw new DomainException("practices.replication.notPublished");
        }
    }
}
