package ru.praktika.practices;

/** Smarteka returned a placement application for revision, with the reason. */
public record PlacementReturned(Long practiceId, Long bodyId, String title, String reason) {
}
