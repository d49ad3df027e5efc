package ru.praktika.practices.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.Role;
import ru.praktika.practices.placement.PlacementStep;
import ru.praktika.practices.placement.PlacementWorkflow;
import ru.praktika.practices.placement.StatusChange;

/** The placement application's moves on the aggregate itself: every allowed one and every refused one. */
class PlacementWorkflowTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Instant NOW = Instant.parse("2026-11-20T01:00:00Z");
    static final CurrentUser OFFICER = new CurrentUser(1L, "officer.zdrav", "Соколов И. В.", Set.of(Role.OFFICER), 1L, null);
    static final String URL = "https://smarteka.com/practices/123";

    static final List<String[]> ALLOWED = List.of(
            new String[] {"DRAFT", "CRITERIA_CHECK"}, new String[] {"DRAFT", "WITHDRAWN"},
            new String[] {"CRITERIA_CHECK", "READY"}, new String[] {"CRITERIA_CHECK", "DRAFT"},
            new String[] {"CRITERIA_CHECK", "WITHDRAWN"},
            new String[] {"READY", "SUBMITTED"}, new String[] {"READY", "CRITERIA_CHECK"}, new String[] {"READY", "WITHDRAWN"},
            new String[] {"SUBMITTED", "RETURNED"}, new String[] {"SUBMITTED", "PUBLISHED"},
            new String[] {"SUBMITTED", "REJECTED"}, new String[] {"SUBMITTED", "WITHDRAWN"},
            new String[] {"RETURNED", "CRITERIA_CHECK"}, new String[] {"RETURNED", "WITHDRAWN"});

    /** The shortest path from a new draft to each status. */
    static final java.util.Map<String, List<String>> PATHS = java.util.Map.of(
            "DRAFT", List.of(),
            "CRITERIA_CHECK", List.of("CRITERIA_CHECK"),
            "READY", List.of("CRITERIA_CHECK", "READY"),
            "SUBMITTED", List.of("CRITERIA_CHECK", "READY", "SUBMITTED"),
            "RETURNED", List.of("CRITERIA_CHECK", "READY", "SUBMITTED", "RETURNED"),
            "PUBLISHED", List.of("CRITERIA_CHECK", "READY", "SUBMITTED", "PUBLISHED"),
            "REJECTED", List.of("CRITERIA_CHECK", "READY", "SUBMITTED", "REJECTED"),
            "WITHDRAWN", List.of("WITHDRAWN"));

    static PracticeCard completeCard() {
        return new PracticeCard("Мобильные бригады", 1L, null, "Соколов Игорь Викторович", "главный специалист",
                "+7 (4162) 20-00-01", null, "Описание", "Проблема", "Шаг первый\nШаг второй", "Результаты", List.of(),
                "Кадры", null, null, LocalDate.of(2025, 1, 1), null, null, null, null);
    }

    static Practice practiceIn(String status) {
        Practice p = new Practice(1L, completeCard(), NOW);
        for (String to : PATHS.get(status)) {
            p.moveTo(valid(to), true, OFFICER, NOW, TODAY);
        }
        assertThat(p.getStatus()).isEqualTo(status);
        return p;
    }

    /** A move carrying everything its target requires. */
    static StatusChange valid(String to) {
        return switch (to) {
            case "SUBMITTED" -> new StatusChange(to, null, TODAY.minusDays(2), "СМ-2026-0001", null);
            case "PUBLISHED" -> new StatusChange(to, null, TODAY, null, URL);
            case "RETURNED", "REJECTED" -> new StatusChange(to, "Причина", TODAY, null, null);
            default -> new StatusChange(to, null, null, null, null);
        };
    }

    static Stream<Arguments> allowedMoves() {
        return ALLOWED.stream().map(m -> Arguments.of(m[0], m[1]));
    }

    static Stream<Arguments> refusedMoves() {
        List<Arguments> refused = new ArrayList<>();
        for (String from : PlacementWorkflow.ALL) {
            for (String to : PlacementWorkflow.ALL) {
                boolean allowed = ALLOWED.stream().anyMatch(m -> m[0].equals(from) && m[1].equals(to));
                if (!allowed) {
                    refused.add(Arguments.of(from, to));
                }
            }
        }
        return refused.stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("allowedMoves")
    void everyAllowedMoveIsRecordedWithWhoWhenAndWhy(String from, String to) {
        Practice p = practiceIn(from);
        PlacementStep step = p.moveTo(valid(to), true, OFFICER, NOW, TODAY);
        assertThat(p.getStatus()).isEqualTo(to);
        assertThat(step.getFromStatus()).isEqualTo(from);
        assertThat(step.getToStatus()).isEqualTo(to);
        assertThat(step.getByUsername()).isEqualTo("officer.zdrav");
        assertThat(step.getAt()).isEqualTo(NOW);
    }

    @ParameterizedTest(name = "{0} → {1} refused")
    @MethodSource("refusedMoves")
    void everyOtherMoveIsRefused(String from, String to) {
        Practice p = practiceIn(from);
        assertThatThrownBy(() -> p.moveTo(valid(to), true, OFFICER, NOW, TODAY))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("practices.status.illegal");
        assertThat(p.getStatus()).isEqualTo(from);
    }

    @Test
    void theTableOfMovesMatchesTheWorkflow() {
        long allowed = PlacementWorkflow.ALL.stream()
                .mapToLong(from -> PlacementWorkflow.nextOf(from).size()).sum();
        assertThat(allowed).isEqualTo(ALLOWED.size());
    }

    @Test
    void readyNeedsTheCriteriaRuleMet() {
        Practice p = practiceIn("CRITERIA_CHECK");
        assertThatThrownBy(() -> p.moveTo(valid("READY"), false, OFFICER, NOW, TODAY))
                .hasMessage("practices.status.notEligible");
        assertThat(p.getStatus()).isEqualTo("CRITERIA_CHECK");
    }

    @Test
    void anIncompleteCardCannotLeaveTheDraft() {
        Practice p = new Practice(1L, new PracticeCard("Название", 1L, null, null, null, null, null, null, null, null,
                null, List.of(), null, null, null, null, null, null, null, null), NOW);
        assertThat(p.missingSections()).containsExactly("leader", "summary", "problem", "algorithm", "results",
                "resources", "period");
        assertThatThrownBy(() -> p.moveTo(valid("CRITERIA_CHECK"), true, OFFICER, NOW, TODAY))
                .hasMessage("practices.status.incomplete");
    }

    @Test
    void returnAndRejectionNeedAReason() {
        for (String to : List.of("RETURNED", "REJECTED")) {
            Practice p = practiceIn("SUBMITTED");
            assertThatThrownBy(() -> p.moveTo(new StatusChange(to, "  ", TODAY, null, null), true, OFFICER, NOW, TODAY))
                    .hasMessage("practices.status.reasonRequired");
            assertThat(p.getStatus()).isEqualTo("SUBMITTED");
        }
    }

    @Test
    void submissionRecordsDateAndApplicationNumber() {
        Practice p = practiceIn("READY");
        assertThatThrownBy(() -> p.moveTo(new StatusChange("SUBMITTED", null, null, "СМ-1", null), true, OFFICER, NOW, TODAY))
                .hasMessage("practices.status.submittedDateRequired");
        assertThatThrownBy(() -> p.moveTo(new StatusChange("SUBMITTED", null, TODAY, " ", null), true, OFFICER, NOW, TODAY))
                .hasMessage("practices.status.numberRequired");
        assertThatThrownBy(() -> p.moveTo(new StatusChange("SUBMITTED", null, TODAY.plusDays(1), "СМ-1", null), true, OFFICER, NOW, TODAY))
                .hasMessage("practices.status.dateInFuture");
        PlacementStep step = p.moveTo(new StatusChange("SUBMITTED", null, TODAY.minusDays(1), " СМ-2026-7 ", null), true, OFFICER, NOW, TODAY);
        assertThat(p.getSubmittedOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(p.getSmartekaNumber()).isEqualTo("СМ-2026-7");
        assertThat(step.getSmartekaNumber()).isEqualTo("СМ-2026-7");
        assertThat(step.getEffectiveOn()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void publicationNeedsTheCheckedLinkAndIsNotBeforeSubmission() {
        Practice p = practiceIn("SUBMITTED");
        assertThatThrownBy(() -> p.moveTo(new StatusChange("PUBLISHED", null, TODAY, null, null), true, OFFICER, NOW, TODAY))
                .hasMessage("practices.link.required");
        assertThatThrownBy(() -> p.moveTo(new StatusChange("PUBLISHED", null, TODAY.minusDays(10), null, URL), true, OFFICER, NOW, TODAY))
                .hasMessage("practices.status.beforeSubmission");
        p.moveTo(new StatusChange("PUBLISHED", null, TODAY, null, URL), true, OFFICER, NOW, TODAY);
        assertThat(p.getSmartekaUrl()).isEqualTo(URL);
        assertThat(p.getPublishedOn()).isEqualTo(TODAY);
    }

    @Test
    void theCardIsLockedWhileSmartekaHasItAndAfterTheEnd() {
        for (String status : List.of("SUBMITTED", "PUBLISHED", "REJECTED", "WITHDRAWN")) {
            Practice p = practiceIn(status);
            assertThatThrownBy(() -> p.edit(completeCard(), NOW)).hasMessage("practices.card.locked");
        }
        for (String status : List.of("DRAFT", "CRITERIA_CHECK", "READY", "RETURNED")) {
            practiceIn(status).edit(completeCard(), NOW);
        }
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        PracticeCard c = completeCard();
        PracticeCard reversed = new PracticeCard(c.title(), c.categoryId(), null, c.leaderName(), c.leaderPosition(),
                c.leaderPhone(), null, c.summary(), c.problem(), c.algorithm(), c.results(), List.of(), c.resourcesStaff(),
                null, null, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1), null, null, null);
        assertThatThrownBy(() -> new Practice(1L, reversed, NOW)).hasMessage("practices.card.periodReversed");
    }

    @Test
    void algorithmIsReadAsOrderedSteps() {
        Practice p = new Practice(1L, completeCard(), NOW);
        p.edit(new PracticeCard("Т", 1L, null, null, null, null, null, null, null, "1. Первый\n\n2) Второй\n  Третий  ", null,
                List.of(), null, null, null, null, null, null, null, null), NOW);
        assertThat(p.algorithmSteps()).containsExactly("Первый", "Второй", "Третий");
    }
}
