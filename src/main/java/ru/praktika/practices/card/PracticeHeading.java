package ru.praktika.practices.card;

/** What a report row needs of a practice: id, title and category, read without the card's eager indicators. */
public record PracticeHeading(Long id, String title, Long categoryId) {
}
