package ru.praktika.adoption;

/** A body filed an application on Smarteka to implement another region's practice (cl. 5.2). */
public record ImplementationApplied(Long implementationId, Long bodyId, String practiceTitle, java.time.LocalDate appliedOn) {
}
