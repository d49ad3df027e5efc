package ru.praktika.adoption;

/** An adopted practice reached its result in the region. */
public record PracticeImplemented(Long implementationId, Long bodyId, String practiceTitle, java.time.LocalDate implementedOn) {
}
