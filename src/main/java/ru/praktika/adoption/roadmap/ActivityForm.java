package ru.praktika.adoption.roadmap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The activity form of the roadmap page (a new activity) and of the activity page (plan and progress). */
record ActivityForm(Long version, @Size(max = 20) String number, @NotBlank @Size(max = 1000) String title,
                    @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate startDate,
                    @NotNull @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate dueDate, Long responsibleBodyId,
                    @Size(max = 200) String responsiblePerson, @Size(max = 1000) String coExecutors,
                    Long municipalityId, @Size(max = 2000) String expectedResult, @Size(max = 500) String indicator,
                    @Size(max = 100) String targetValue, @NotNull @Min(1) @Max(100) Integer weight,
                    String status, @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate actualDate,
                    @Size(max = 2000) String actualResult, @Size(max = 2000) String comment,
                    @Size(max = 2000) String missExplanation) {

    /** A new activity: the next number, starting where the roadmap ends, the body responsible. */
    static ActivityForm empty(Roadmap r, Long bodyId) {
        return new ActivityForm(null, String.valueOf(r.getActivities().size() + 1), null, r.lastDueDate(), null,
                bodyId, null, null, null, null, null, null, 1, ActivityStatus.PLANNED, null, null, null, null);
    }

    static ActivityForm of(RoadmapActivity a) {
        return new ActivityForm(a.getVersion(), a.getNumber(), a.getTitle(), a.getStartDate(), a.getDueDate(),
                a.getResponsibleBodyId(), a.getResponsiblePerson(), a.getCoExecutors(), a.getMunicipalityId(),
                a.getExpectedResult(), a.getIndicator(), a.getTargetValue(), a.getWeight(), a.getStatus(),
                a.getActualDate(), a.getActualResult(), a.getComment(), a.getMissExplanation());
    }

    ActivityPlan plan() {
        return new ActivityPlan(number, title, startDate, dueDate, responsibleBodyId, responsiblePerson,
                coExecutors, municipalityId, expectedResult, indicator, targetValue, weight == null ? 1 : weight);
    }

    ActivityProgress progress() {
        return status == null ? null : new ActivityProgress(status, actualDate, actualResult, comment, missExplanation);
    }
}
