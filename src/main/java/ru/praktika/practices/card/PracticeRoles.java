package ru.praktika.practices.card;

/** Who may call the practice pages, for {@code @PreAuthorize} (the URL rules are in {@code PracticesAccessRules}). */
public final class PracticeRoles {

    public static final String READERS = "hasAnyRole('COORDINATOR','OFFICER','HEAD','OBSERVER')";
    /** A body's own people: the card, its files and its evidence. */
    public static final String BODY_WRITERS = "hasAnyRole('OFFICER','HEAD')";
    /** The body, and the coordinator for Smarteka's decisions and replication. */
    public static final String CARD_WRITERS = "hasAnyRole('COORDINATOR','OFFICER','HEAD')";

    private PracticeRoles() {
    }
}
