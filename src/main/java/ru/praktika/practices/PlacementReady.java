package ru.praktika.practices;

/** A placement card became "готова к подаче" (cl. 4.2); whether the head must see it is the region's rule. */
public record PlacementReady(Long practiceId, Long bodyId, String title) {
}
