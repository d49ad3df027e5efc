package ru.praktika.audit;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask of the audit trail. The audit module depends on no business module but the
 * directory, so any module may ask it who changed its record (optimistic locking messages).
 */
@Service
public class AuditTrail {

    private final EntityManager em;

    AuditTrail(EntityManager em) {
        this.em = em;
    }

    /** The latest revision of an audited record, if it has any. */
    @Transactional(readOnly = true)
    public Optional<LastChange> lastChange(Class<?> entity, Object id) {
        List<?> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(entity, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        AuditRevision revision = (AuditRevision) ((Object[]) rows.get(0))[1];
        return Optional.of(new LastChange(revision.getUsername(), revision.getUserFullName(),
                Instant.ofEpochMilli(revision.getTimestamp())));
    }
}
