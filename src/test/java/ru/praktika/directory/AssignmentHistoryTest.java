package ru.praktika.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.praktika.PraktikaTest;
import ru.praktika.platform.DomainException;

/**
 * A new decree changes who answers for a category: the old assignment ends with a date, the new one
 * starts, and a record of an earlier date still sees the assignment that held then.
 */
@PraktikaTest
class AssignmentHistoryTest {

    @Autowired
    Directory directory;
    @Autowired
    CategoryRepository categories;
    @Autowired
    ResponsibleBodyRepository bodies;

    @Test
    void pastDatesKeepTheAssignmentThatHeldThen() {
        Long tourism = categories.findByCode("tourism").orElseThrow().getId();
        Long minvnesh = bodies.findByCode("minvnesh").orElseThrow().getId();
        Long mincifra = bodies.findByCode("mincifra").orElseThrow().getId();
        LocalDate before = LocalDate.of(2030, 3, 31);
        LocalDate after = LocalDate.of(2030, 4, 1);

        Long assignment = directory.appendixOne(before).stream()
                .filter(r -> r.category().getId().equals(tourism)).findFirst().orElseThrow()
                .assignments().get(0).getId();
        directory.endAssignment(assignment, before);
        directory.assign(tourism, mincifra, after, "Постановление № 999 от 20.03.2030");

        assertThat(directory.isAssigned(minvnesh, tourism, before)).isTrue();
        assertThat(directory.isAssigned(minvnesh, tourism, after)).isFalse();
        assertThat(directory.isAssigned(mincifra, tourism, before)).isFalse();
        assertThat(directory.isAssigned(mincifra, tourism, after)).isTrue();
        assertThat(directory.isAssigned(minvnesh, tourism, LocalDate.of(2026, 6, 9))).isTrue();

        assertThatThrownBy(() -> directory.endAssignment(assignment, after))
                .isInstanceOf(DomainException.class).hasMessage("directory.assignment.alreadyEnded");
        assertThatThrownBy(() -> directory.assign(tourism, mincifra, after.plusDays(5), null))
                .isInstanceOf(DomainException.class).hasMessage("directory.assignment.overlaps");
    }

    @Test
    void anAssignmentCannotEndBeforeItStarts() {
        CategoryAssignment a = new CategoryAssignment(null, null, LocalDate.of(2026, 6, 9), null, 1);
        assertThatThrownBy(() -> a.end(LocalDate.of(2026, 6, 8)))
                .isInstanceOf(DomainException.class).hasMessage("directory.assignment.endBeforeStart");
    }
}
