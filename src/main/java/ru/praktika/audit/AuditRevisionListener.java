package ru.praktika.audit;

import org.hibernate.envers.RevisionListener;
import ru.praktika.platform.security.CurrentUsers;

/** Stamps each revision with the acting user; changes made by the system itself carry no user. */
public class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        CurrentUsers.find().ifPresentOrElse(
                u -> revision.by(u.username(), u.fullName(), u.bodyId()),
                () -> revision.by(SYSTEM, null, null));
    }
}
