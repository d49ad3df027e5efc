package ru.praktika.platform;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Whether a failure is an optimistic-lock conflict (someone saved the record since it was read). It arrives
 * as Spring's translation when a repository or the transaction manager saw it, and as JPA's or Hibernate's own
 * exception when a flush ran elsewhere, possibly wrapped: every form asks here, so all three count.
 */
public final class OptimisticConflicts {

    private OptimisticConflicts() {
    }

    public static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingFailureException || t instanceof OptimisticLockException
                    || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
