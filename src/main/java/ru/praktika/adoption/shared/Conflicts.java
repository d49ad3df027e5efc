package ru.praktika.adoption.shared;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import ru.praktika.audit.AuditTrail;

/** A conflicting edit keeps the form and says who changed the record and when (from the audit trail). */
@Component
public class Conflicts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final AuditTrail audit;
    private final Clock clock;

    Conflicts(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public void reject(BindingResult result, ObjectOptimisticLockingFailureException e) {
        Class<?> type = e.getPersistentClass();
        Object id = e.getIdentifier();
        if (type == null || id == null || id instanceof String) {
            result.reject("adoption.conflict");
            return;
        }
        audit.lastChange(type, id).ifPresentOrElse(
                c -> result.reject("adoption.conflictBy",
                        new Object[] {c.who(), WHEN.format(LocalDateTime.ofInstant(c.at(), clock.getZone()))},
                        "adoption.conflict"),
                () -> result.reject("adoption.conflict"));
    }
}
