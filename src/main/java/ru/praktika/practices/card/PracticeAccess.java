package ru.praktika.practices.card;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import ru.praktika.directory.Directory;
import ru.praktika.platform.ForbiddenException;
import ru.praktika.platform.security.AccessGuard;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;
import ru.praktika.platform.security.Role;
import ru.praktika.practices.placement.PlacementWorkflow;

/**
 * Who may see and change a practice. A body edits only its own; a category shared by several bodies makes
 * their practices in it visible to each of them (domain.md); coordinator and observer see all.
 * Smarteka's decisions (returned, published, rejected) may also be recorded by the coordinator.
 */
@Component
public class PracticeAccess {

    private final AccessGuard guard;
    private final Directory directory;
    private final Clock clock;

    PracticeAccess(AccessGuard guard, Directory directory, Clock clock) {
        this.guard = guard;
        this.directory = directory;
        this.clock = clock;
    }

    boolean canView(CurrentUser user, Practice p) {
        if (guard.canView(user, p.getBodyId())) {
            return true;
        }
        return (user.has(Role.OFFICER) || user.has(Role.HEAD)) && user.bodyId() != null
                && directory.isAssigned(user.bodyId(), p.getCategoryId(), LocalDate.now(clock));
    }

    void requireView(Practice p) {
        if (!canView(CurrentUsers.get(), p)) {
            throw new ForbiddenException("practice " + p.getId() + " is not visible to this user");
        }
    }

    public boolean canEdit(CurrentUser user, Practice p) {
        return guard.canEdit(user, p.getBodyId());
    }

    public void requireEdit(Practice p) {
        guard.requireEdit(p.getBodyId());
    }

    public boolean canRecordSmartekaDecision(CurrentUser user, Practice p) {
        return canEdit(user, p) || user.has(Role.COORDINATOR);
    }

    public void requireMove(Practice p, String target) {
        CurrentUser user = CurrentUsers.get();
        boolean allowed = PlacementWorkflow.isSmartekaDecision(target) ? canRecordSmartekaDecision(user, p) : canEdit(user, p);
        if (!allowed) {
            throw new ForbiddenException("practice " + p.getId() + ": move to " + target + " not allowed");
        }
    }
}
