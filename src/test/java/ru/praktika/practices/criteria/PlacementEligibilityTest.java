package ru.praktika.practices.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.praktika.directory.Region.PlacementRule;

/** The criteria rule of cl. 4.1, including the region-level criterion а). */
class PlacementEligibilityTest {

    static final List<PlacementEligibility.Criterion> CRITERIA = List.of(
            new PlacementEligibility.Criterion("RATINGS", "а", true),
            new PlacementEligibility.Criterion("STRONG_IDEAS", "б", false),
            new PlacementEligibility.Criterion("ASI_LEADERSHIP", "в", false),
            new PlacementEligibility.Criterion("RECOMMENDATION", "г", false));

    @Test
    void withNoEvidenceNothingQualifiesAndTheMessageNamesEveryCriterion() {
        var v = PlacementEligibility.judge(PlacementRule.AT_LEAST_ONE, CRITERIA, Set.of(), Set.of());
        assertThat(v.eligible()).isFalse();
        assertThat(v.missingLetters()).isEqualTo("а), б), в), г)");
    }

    @Test
    void oneCriterionWithEvidenceIsEnoughByDefault() {
        for (String code : List.of("STRONG_IDEAS", "ASI_LEADERSHIP", "RECOMMENDATION")) {
            var v = PlacementEligibility.judge(PlacementRule.AT_LEAST_ONE, CRITERIA, Set.of(), Set.of(code));
            assertThat(v.eligible()).as(code).isTrue();
        }
    }

    @Test
    void regionLevelCriterionAQualifiesEveryPracticeWhileValid() {
        var v = PlacementEligibility.judge(PlacementRule.AT_LEAST_ONE, CRITERIA, Set.of("RATINGS"), Set.of());
        assertThat(v.eligible()).isTrue();
        assertThat(v.metLetters()).isEqualTo("а)");
    }

    @Test
    void practiceLevelEvidenceCannotStandInForTheRegionLevelCriterion() {
        // An officer cannot "retype" criterion а) on a practice: only the region-level record counts for it.
        var v = PlacementEligibility.judge(PlacementRule.ALL, CRITERIA, Set.of(),
                Set.of("RATINGS", "STRONG_IDEAS", "ASI_LEADERSHIP", "RECOMMENDATION"));
        assertThat(v.eligible()).isFalse();
        assertThat(v.missingLetters()).isEqualTo("а)");
    }

    @Test
    void withRuleAllEveryCriterionIsNeeded() {
        var some = PlacementEligibility.judge(PlacementRule.ALL, CRITERIA, Set.of("RATINGS"), Set.of("STRONG_IDEAS"));
        assertThat(some.eligible()).isFalse();
        assertThat(some.missingLetters()).isEqualTo("в), г)");
        var all = PlacementEligibility.judge(PlacementRule.ALL, CRITERIA, Set.of("RATINGS"),
                Set.of("STRONG_IDEAS", "ASI_LEADERSHIP", "RECOMMENDATION"));
        assertThat(all.eligible()).isTrue();
    }

    @Test
    void theRatingRecordHoldsOnlyInsideItsValidityAndOnlyInTheTopOfBothRatings() {
        RegionRatingEvidence top = new RegionRatingEvidence(2025, 12, 25, 30, "https://regboard.asi.ru/",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, "Петрова А. С.", Instant.EPOCH);
        assertThat(top.meetsOn(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(top.meetsOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(top.meetsOn(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(top.meetsOn(LocalDate.of(2027, 1, 1))).isFalse();
        RegionRatingEvidence outside = new RegionRatingEvidence(2025, 12, 45, 30, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, "Петрова А. С.", Instant.EPOCH);
        assertThat(outside.meetsOn(LocalDate.of(2026, 6, 1))).isFalse();
    }

    @Test
    void evidenceOfEachKindNeedsItsOwnFields() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CriterionEvidence.requireComplete(
                new CriterionEvidence.Fields("STRONG_IDEAS", 2024, null, "Идея", null, null, null, null, "https://x.ru")))
                .hasMessage("practices.evidence.strongIdeasIncomplete");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CriterionEvidence.requireComplete(
                new CriterionEvidence.Fields("ASI_LEADERSHIP", null, null, null, "244", null, null, null, null)))
                .hasMessage("practices.evidence.asiIncomplete");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CriterionEvidence.requireComplete(
                new CriterionEvidence.Fields("RECOMMENDATION", null, null, null, "1", LocalDate.of(2025, 1, 1), null, "Письмо", null)))
                .hasMessage("practices.evidence.recommendationIncomplete");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CriterionEvidence.requireComplete(
                new CriterionEvidence.Fields("RATINGS", 2025, null, null, null, null, null, null, null)))
                .hasMessage("practices.evidence.unknownCriterion");
        CriterionEvidence.requireComplete(new CriterionEvidence.Fields("ASI_LEADERSHIP", null, null, null, "244",
                LocalDate.of(2025, 9, 1), null, null, null));
    }

    @Test
    void aPracticeLevelCriterionOfAnotherRegionsCodeIsConfirmedByADocumentAndItsDate() {
        java.util.Set<String> declared = java.util.Set.of("GOV_AWARD");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CriterionEvidence.requireComplete(
                new CriterionEvidence.Fields("GOV_AWARD", null, null, null, "7", null, null, "Диплом", null), declared))
                .hasMessage("practices.evidence.genericIncomplete");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CriterionEvidence.requireComplete(
                new CriterionEvidence.Fields("OTHER", null, null, null, null, LocalDate.of(2025, 1, 1), null, "Диплом", null),
                declared)).as("a code the profile does not declare").hasMessage("practices.evidence.unknownCriterion");
        CriterionEvidence.requireComplete(new CriterionEvidence.Fields("GOV_AWARD", null, null, null, null,
                LocalDate.of(2025, 1, 1), null, "Диплом конкурса", null), declared);
        var criteria = java.util.List.of(new PlacementEligibility.Criterion("GOV_AWARD", "1", false));
        var verdict = PlacementEligibility.judge(ru.praktika.directory.Region.PlacementRule.ALL, criteria,
                java.util.Set.of(), java.util.Set.of("GOV_AWARD"));
        org.assertj.core.api.Assertions.assertThat(verdict.eligible()).as("under ALL, once confirmed").isTrue();
    }
}
