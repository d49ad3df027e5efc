package ru.praktika.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;

/** All three forms a conflict arrives in count, also wrapped (as a failed commit wraps it). */
class OptimisticConflictsTest {

    @Test
    void springsJpasAndHibernatesConflictsAllCount() {
        assertThat(OptimisticConflicts.isConflict(new ObjectOptimisticLockingFailureException(Object.class, 1L))).isTrue();
        assertThat(OptimisticConflicts.isConflict(new OptimisticLockException("stale"))).isTrue();
        assertThat(OptimisticConflicts.isConflict(new StaleObjectStateException("Practice", 1L))).isTrue();
        assertThat(OptimisticConflicts.isConflict(
                new TransactionSystemException("commit failed", new OptimisticLockException("stale")))).isTrue();
        assertThat(OptimisticConflicts.isConflict(new IllegalStateException("something else"))).isFalse();
    }
}
