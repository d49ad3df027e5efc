package ru.praktika.practices;

import java.time.LocalDate;

/** A practice of the region was published on Smarteka at {@code smartekaUrl}. */
public record PracticePublished(Long practiceId, Long bodyId, String title, LocalDate publishedOn, String smartekaUrl) {
}
