package ru.praktika.adoption.shared;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import ru.praktika.audit.EditConflicts;

/**
 * A conflicting edit keeps the form and says who changed the record and when: the shared handling of
 * {@link EditConflicts} with the adoption wording.
 */
@Component
public class Conflicts {

    private final EditConflicts conflicts;

    Conflicts(EditConflicts conflicts) {
        this.conflicts = conflicts;
    }

    /** Rejects the form on an optimistic-lock conflict (Spring's, JPA's or Hibernate's); rethrows anything else. */
    public void reject(BindingResult result, RuntimeException e) {
        conflicts.rejectOrRethrow(result, e, null, null);
    }
}
