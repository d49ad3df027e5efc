package ru.praktika.practices;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The small forms on the practice card: a status move, evidence, replication, a Smarteka snapshot. */
public final class CardForms {

    private CardForms() {
    }

    public record MoveForm(String target, @Size(max = 2000) String comment,
                    @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate date, @Size(max = 60) String applicationNumber,
                    @Size(max = 500) String url) {
    }

    public record EvidenceForm(String criterionCode, @Min(2010) @Max(2100) Integer editionYear,
                        CriterionEvidence.ListLevel listLevel, @Size(max = 300) String ideaTitle,
                        @Size(max = 60) String number, @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate date,
                        @Size(max = 300) String recommendingBody, @Size(max = 300) String document,
                        @Size(max = 500) String link) {

        CriterionEvidence.Fields fields() {
            return new CriterionEvidence.Fields(criterionCode, editionYear, listLevel, ideaTitle, number, date,
                    recommendingBody, document, link);
        }
    }

    public record ReplicationForm(String regionCode, @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate since,
                           @Size(max = 500) String link) {
    }

    public record SnapshotForm(@NotNull @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate takenOn,
                        @NotNull @Min(0) Integer regionsCount, @NotNull @Min(0) Integer likes,
                        @NotNull @Min(0) Integer views) {
    }

    public record RatingForm(@NotNull @Min(2010) @Max(2100) Integer editionYear, @NotNull @Min(1) Integer investmentPlace,
                      @NotNull @Min(1) Integer qualityPlace, @NotNull @Min(1) Integer threshold,
                      @Size(max = 500) String sourceLink,
                      @NotNull @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate validFrom,
                      @NotNull @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate validTo) {
    }

    public record ProposalForm(@NotNull Long bodyId, Long categoryId, @jakarta.validation.constraints.NotBlank @Size(max = 300) String title,
                        @jakarta.validation.constraints.NotBlank @Size(max = 4000) String summary,
                        @Size(max = 4000) String problem, @Size(max = 8000) String solution,
                        @Size(max = 4000) String results,
                        @jakarta.validation.constraints.NotBlank @Size(max = 300) String contact) {
    }

    public record DecisionForm(Long version, Long categoryId, @Size(max = 2000) String reason) {
    }
}
