package ru.praktika.practices.card;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.Directory;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.ForbiddenException;
import ru.praktika.platform.NotFoundException;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;
import ru.praktika.platform.security.Role;
import ru.praktika.practices.placement.PlacementStep;
import ru.praktika.practices.placement.PlacementStepRepository;
import ru.praktika.practices.placement.PlacementWorkflow;

/** The practice card (cl. 3.1): finding a practice for a reader or an editor, creating it, saving the card. */
@Service
@Transactional
public class PracticeCards {

    private final PracticeRepository practices;
    private final PlacementStepRepository steps;
    private final PracticeAccess access;
    private final CardConflicts conflicts;
    private final Directory directory;
    private final Clock clock;

    PracticeCards(PracticeRepository practices, PlacementStepRepository steps, PracticeAccess access,
                  CardConflicts conflicts, Directory directory, Clock clock) {
        this.practices = practices;
        this.steps = steps;
        this.access = access;
        this.conflicts = conflicts;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Practice get(Long id) {
        return practices.findById(id).orElseThrow(() -> new NotFoundException("practice", id));
    }

    @Transactional(readOnly = true)
    public Practice view(Long id) {
        Practice p = get(id);
        access.requireView(p);
        return p;
    }

    @Transactional(readOnly = true)
    Practice forEdit(Long id) {
        Practice p = get(id);
        access.requireEdit(p);
        return p;
    }

    /** A new draft of the user's body; its history starts with the draft. */
    public Practice create(PracticeCard card) {
        CurrentUser user = CurrentUsers.get();
        if (user.bodyId() == null || !(user.has(Role.OFFICER) || user.has(Role.HEAD))) {
            throw new ForbiddenException("only a body's officer or head creates practices");
        }
        requireCategoryOwned(user.bodyId(), card.categoryId());
        Instant now = clock.instant();
        Practice p = practices.saveAndFlush(new Practice(user.bodyId(), card, now));
        steps.save(new PlacementStep(p.getId(), null, PlacementWorkflow.DRAFT, LocalDate.now(clock), now,
                user.username(), user.fullName(), null, null, null));
        return p;
    }

    /** Saves the card if nobody saved it since {@code version}; otherwise says who did and what differs. */
    Practice edit(Long id, long version, PracticeCard card) {
        Practice p = get(id);
        access.requireEdit(p);
        if (p.getVersion() != version) {
            throw conflicts.of(p, card);
        }
        requireCategoryOwned(p.getBodyId(), card.categoryId());
        p.edit(card, clock.instant());
        return practices.saveAndFlush(p);
    }

    /**
     * What a save that lost the race at the database (another save committed between our read and our write)
     * tells the editor: the same as a stale form version, read afresh.
     */
    @Transactional(readOnly = true)
    PracticeConflictException conflictAfterSave(Long id, PracticeCard typed) {
        return conflicts.of(get(id), typed);
    }

    private void requireCategoryOwned(Long bodyId, Long categoryId) {
        if (!directory.isAssigned(bodyId, categoryId, LocalDate.now(clock))) {
            throw new DomainException("practices.card.categoryNotOwned", directory.category(categoryId).getName(),
                    directory.body(bodyId).getShortName());
        }
    }
}
