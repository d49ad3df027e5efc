package ru.praktika.adoption.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The status machine an implementation guards, with the transitions of migration V201; no Spring. */
class ImplementationRulesTest {

    static final LocalDate START = LocalDate.of(2026, 3, 2);

    /** The default transitions of migration V201, for a rules check without the database. */
    static final StatusRules RULES = new StatusRules() {
        final Set<String> allowed = Set.of("STUDY>APPLIED", "APPLIED>ROADMAP_DRAFT", "ROADMAP_DRAFT>ROADMAP_APPROVED",
                "ROADMAP_APPROVED>IN_PROGRESS", "IN_PROGRESS>IMPLEMENTED", "IN_PROGRESS>SUSPENDED",
                "SUSPENDED>IN_PROGRESS", "IN_PROGRESS>CANCELLED", "STUDY>CANCELLED");

        @Override
        public boolean allowed(String from, String to) {
            return allowed.contains(from + ">" + to);
        }

        @Override
        public boolean needsReason(String to) {
            return to.equals("SUSPENDED") || to.equals("CANCELLED");
        }
    };

    @Test
    void implementationGuardsItsStatusMachine() {
        Implementation i = new Implementation(1L, 2L);
        assertThat(i.getStatus()).isEqualTo("STUDY");
        assertThatThrownBy(() -> i.moveTo("IN_PROGRESS", null, RULES)).hasMessage("adoption.status.notAllowed");
        assertThatThrownBy(() -> i.apply(START, " ", null, RULES)).hasMessage("adoption.application.incomplete");
        assertThat(i.apply(START, "Заявка № 5", "контакт", RULES)).isEqualTo("STUDY");
        assertThat(i.getStatus()).isEqualTo("APPLIED");
        i.moveTo("ROADMAP_DRAFT", null, RULES);
        i.moveTo("ROADMAP_APPROVED", null, RULES);
        i.moveTo("IN_PROGRESS", null, RULES);
        assertThatThrownBy(() -> i.moveTo("SUSPENDED", "  ", RULES)).hasMessage("adoption.status.reasonRequired");
        i.moveTo("SUSPENDED", "нет финансирования", RULES);
        i.moveTo("IN_PROGRESS", null, RULES);
        assertThatThrownBy(() -> i.implemented(START, RULES)).hasMessage("adoption.status.achievedResultRequired");
        i.record("план", "достигнуто", null, null, null, null);
        i.implemented(START, RULES);
        assertThat(i.getStatus()).isEqualTo("IMPLEMENTED");
        assertThat(i.isActive()).isFalse();
        assertThatThrownBy(() -> i.moveTo("CANCELLED", "поздно", RULES)).hasMessage("adoption.status.notAllowed");
    }
}
