package ru.praktika.practices.criteria;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The criteria forms (cl. 4.1): evidence on the card, a rating edition on the region's page. */
final class CriteriaForms {

    private CriteriaForms() {
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

    public record RatingForm(@NotNull @Min(2010) @Max(2100) Integer editionYear, @NotNull @Min(1) Integer investmentPlace,
                             @NotNull @Min(1) Integer qualityPlace, @NotNull @Min(1) Integer threshold,
                             @Size(max = 500) String sourceLink,
                             @NotNull @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate validFrom,
                             @NotNull @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate validTo) {
    }
}
