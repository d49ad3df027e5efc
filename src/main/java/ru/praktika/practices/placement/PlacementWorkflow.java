package ru.praktika.practices.placement;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The moves a placement application (cl. 4.2) may make. Status names and order live in the
 * {@code placement_status} table; the aggregate refers to them by these codes.
 */
public final class PlacementWorkflow {

    public static final String DRAFT = "DRAFT";
    public static final String CRITERIA_CHECK = "CRITERIA_CHECK";
    public static final String READY = "READY";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String RETURNED = "RETURNED";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String REJECTED = "REJECTED";
    public static final String WITHDRAWN = "WITHDRAWN";

    public static final List<String> ALL = List.of(DRAFT, CRITERIA_CHECK, READY, SUBMITTED, RETURNED, PUBLISHED, REJECTED,
            WITHDRAWN);

    // After a return the card is fixed and goes through the criteria check again before resubmission.
    private static final Map<String, Set<String>> MOVES = Map.of(
            DRAFT, Set.of(CRITERIA_CHECK, WITHDRAWN),
            CRITERIA_CHECK, Set.of(READY, DRAFT, WITHDRAWN),
            READY, Set.of(SUBMITTED, CRITERIA_CHECK, WITHDRAWN),
            SUBMITTED, Set.of(RETURNED, PUBLISHED, REJECTED, WITHDRAWN),
            RETURNED, Set.of(CRITERIA_CHECK, WITHDRAWN),
            PUBLISHED, Set.of(),
            REJECTED, Set.of(),
            WITHDRAWN, Set.of());

    /** Statuses in which the card itself may still be edited (not while Smarteka has it, not after the end). */
    private static final Set<String> CARD_EDITABLE = Set.of(DRAFT, CRITERIA_CHECK, READY, RETURNED);

    /** Statuses that Smarteka decides: recorded by the body or by the coordinator who follows the platform. */
    private static final Set<String> SMARTEKA_DECISIONS = Set.of(RETURNED, PUBLISHED, REJECTED);

    /** Statuses that count as "placed or on the way" for the quarterly report (cl. 7.1). */
    static final Set<String> REPORTED = Set.of(READY, SUBMITTED, RETURNED, PUBLISHED, REJECTED);

    private PlacementWorkflow() {
    }

    public static boolean allows(String from, String to) {
        return MOVES.getOrDefault(from, Set.of()).contains(to);
    }

    public static List<String> nextOf(String from) {
        return ALL.stream().filter(to -> allows(from, to)).toList();
    }

    public static boolean cardEditable(String status) {
        return CARD_EDITABLE.contains(status);
    }

    public static boolean isSmartekaDecision(String status) {
        return SMARTEKA_DECISIONS.contains(status);
    }

    public static boolean requiresReason(String to) {
        return to.equals(RETURNED) || to.equals(REJECTED);
    }
}
