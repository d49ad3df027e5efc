package ru.praktika.dashboard;

import ru.praktika.platform.security.CurrentUser;

/**
 * What a chart is drawn for: every body (coordinator, observer) or the user's own; the year chosen
 * ({@code year} null = every year, {@code datedYear} the year for what is always dated: reports, publications).
 */
record ChartRequest(Long bodyId, Long municipalityId, Integer year, int datedYear) {

    private static final Long NO_BODY = -1L;

    static ChartRequest of(CurrentUser user, Integer year, int thisYear) {
        // A body user without a body sees nothing rather than the whole region.
        Long body = user.seesAllBodies() ? null : user.bodyId() == null ? NO_BODY : user.bodyId();
        return new ChartRequest(body, user.municipalityId(), year,
                year == null ? thisYear : year);
    }
}
