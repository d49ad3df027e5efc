package ru.praktika.adoption;

import java.time.LocalDate;

/** The plan part of an activity: what the body decides and the head approves. */
record ActivityPlan(String number, String title, LocalDate startDate, LocalDate dueDate, Long responsibleBodyId,
                    String responsiblePerson, String coExecutors, Long municipalityId, String expectedResult,
                    String indicator, String targetValue, int weight) {
}
