package ru.praktika.practices;

import java.time.LocalDate;

/** A body submitted a placement application to Smarteka (cl. 4.2). */
public record PlacementSubmitted(Long practiceId, Long bodyId, String title, LocalDate submittedOn,
                                 String smartekaApplicationNumber) {
}
