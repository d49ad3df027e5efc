package ru.praktika.practices;

/** Who may call the practice pages, for {@code @PreAuthorize} (the URL rules are in {@code PracticesAccessRules}). */
final class PracticeRoles {

    static final String READERS = "hasAnyRole('COORDINATOR','OFFICER','HEAD','OBSERVER')";
    /** A body's own people: the card, its files and its evidence. */
    static final String BODY_WRITERS = "hasAnyRole('OFFICER','HEAD')";
    /** The body, and the coordinator for Smarteka's decisions and replication. */
    static final String CARD_WRITERS = "hasAnyRole('COORDINATOR','OFFICER','HEAD')";

    private PracticeRoles() {
    }
}
