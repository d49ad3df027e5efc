package ru.praktika.platform.security;

import org.springframework.stereotype.Component;
import ru.praktika.platform.ForbiddenException;

/**
 * The one place that answers "may this user see / change this body's record?". A body edits only its
 * own records; the coordinator and observers see every body's; a municipality sees only what is shared.
 */
@Component
public class AccessGuard {

    public boolean canView(CurrentUser user, Long bodyId) {
        return user.seesAllBodies() || ((user.has(Role.OFFICER) || user.has(Role.HEAD)) && user.belongsTo(bodyId));
    }

    public boolean canEdit(CurrentUser user, Long bodyId) {
        return (user.has(Role.OFFICER) || user.has(Role.HEAD)) && user.belongsTo(bodyId);
    }

    public void requireView(Long bodyId) {
        if (!canView(CurrentUsers.get(), bodyId)) {
            throw new ForbiddenException("body " + bodyId + " is not visible to this user");
        }
    }

    public void requireEdit(Long bodyId) {
        if (!canEdit(CurrentUsers.get(), bodyId)) {
            throw new ForbiddenException("body " + bodyId + " is not editable by this user");
        }
    }

    /** Approving and signing off belong to the head of the same body. */
    public void requireHeadOf(Long bodyId) {
        CurrentUser user = CurrentUsers.get();
        if (!(user.has(Role.HEAD) && user.belongsTo(bodyId))) {
            throw new ForbiddenException("only the head of body " + bodyId + " may do this");
        }
    }
}
