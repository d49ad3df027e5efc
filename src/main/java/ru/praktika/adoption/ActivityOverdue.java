package ru.praktika.adoption;

/** A roadmap activity passed its due date without being done. */
public record ActivityOverdue(Long activityId, Long implementationId, Long bodyId, String activityTitle, java.time.LocalDate dueDate, Long responsibleUserId) {
}
