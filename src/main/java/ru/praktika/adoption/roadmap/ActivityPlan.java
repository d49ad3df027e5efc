package ru.praktika.adoption.roadmap;

import java.time.LocalDate;
import ru.praktika.platform.DomainException;

/** The plan part of an activity: what the body decides and the head approves. */
public record ActivityPlan(String number, String title, LocalDate startDate, LocalDate dueDate, Long responsibleBodyId,
                    String responsiblePerson, String coExecutors, Long municipalityId, String expectedResult,
                    String indicator, String targetValue, int weight) {

    /** A plan needs a title and a due date, a start no later than the due date, a weight of 1–100. */
    void check() {
        if (title == null || title.isBlank() || dueDate == null) {
            throw new DomainException("adoption.activity.titleAndDueRequired");
        }
        if (startDate != null && startDate.isAfter(dueDate)) {
            throw new DomainException("adoption.activity.startAfterDue");
        }
        if (weight < 1 || weight > 100) {
            throw new DomainException("adoption.activity.weightRange");
        }
    }
}
