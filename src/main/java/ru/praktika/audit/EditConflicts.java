package ru.praktika.audit;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.hibernate.StaleObjectStateException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import ru.praktika.platform.OptimisticConflicts;

/**
 * The one handling of an edit conflict for every form: the form is re-rendered with what was typed (the
 * caller's BindingResult keeps it) and a message naming who saved the record last and when (the audit trail).
 */
@Component
public class EditConflicts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final AuditTrail audit;
    private final EntityManagerFactory emf;
    private final Clock clock;

    EditConflicts(AuditTrail audit, EntityManagerFactory emf, Clock clock) {
        this.audit = audit;
        this.emf = emf;
        this.clock = clock;
    }

    /**
     * Rejects the form if {@code failure} is an optimistic-lock conflict, whichever exception carried it;
     * rethrows anything else. {@code type}/{@code id} name the record when the exception does not.
     */
    public void rejectOrRethrow(BindingResult result, RuntimeException failure, Class<?> type, Object id) {
        if (!OptimisticConflicts.isConflict(failure)) {
            throw failure;
        }
        Optional<LastChange> last = lastChange(failure, type, id);
        last.ifPresentOrElse(
                c -> result.reject("error.conflictBy", new Object[] {c.who(), when(c)}, "error.conflict"),
                () -> result.reject("error.conflict"));
    }

    /** Who saved the record last, for a conflict; empty when the record is not audited or not known. */
    public Optional<LastChange> lastChange(RuntimeException failure, Class<?> type, Object id) {
        Record record = identify(failure);
        Class<?> t = record != null ? record.type : type;
        Object i = record != null ? record.id : id;
        if (t == null || i == null || i instanceof String) {
            return Optional.empty();
        }
        try {
            return audit.lastChange(t, i);
        } catch (RuntimeException notAudited) {
            return Optional.empty();
        }
    }

    public String when(LastChange change) {
        return WHEN.format(LocalDateTime.ofInstant(change.at(), clock.getZone()));
    }

    private Record identify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ObjectOptimisticLockingFailureException o && o.getPersistentClass() != null
                    && o.getIdentifier() != null) {
                return new Record(o.getPersistentClass(), o.getIdentifier());
            }
            if (t instanceof StaleObjectStateException s && s.getIdentifier() != null) {
                try {
                    return new Record(Class.forName(s.getEntityName()), s.getIdentifier());
                } catch (ClassNotFoundException e) {
                    return null;
                }
            }
            if (t instanceof OptimisticLockException o && o.getEntity() != null) {
                Object id = emf.getPersistenceUnitUtil().getIdentifier(o.getEntity());
                return id == null ? null : new Record(o.getEntity().getClass(), id);
            }
        }
        return null;
    }

    private record Record(Class<?> type, Object id) {
    }
}
