/**
 * Own practices of the region on their way to Smarteka (App. 2 cl. 3.1, cl. 4; municipal proposals of cl. 6): the practice card, criteria evidence of cl. 4.1, the placement application of cl. 4.2, replication.
 * <p>
 * The API is this package: the report contract {@link ru.praktika.practices.OwnPracticesForReport}, the events
 * {@link ru.praktika.practices.PlacementSubmitted}, {@link ru.praktika.practices.PlacementReturned},
 * {@link ru.praktika.practices.PracticePublished}, and the home widget the shell reads as {@code @practicesWidget}.
 * The rooms, internal: {@code card} (the card, its files, the list), {@code criteria} (cl. 4.1),
 * {@code placement} (cl. 4.2 and replication), {@code proposals} (cl. 6).
 */
package ru.praktika.practices;
