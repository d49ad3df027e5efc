package ru.praktika.platform;

/**
 * The page of a list that is shown, computed safely for every list: the requested number is clamped to
 * the pages there are (a page of 100000000 shows the last page, not an offset that overflows), the offset
 * is a {@code long}.
 *
 * @param page   1-based page shown
 * @param pages  pages there are (at least 1)
 * @param offset rows to skip
 */
public record PageWindow(int page, int pages, int size, long offset) {

    /**
     * Lists count their rows up to this many and then say «более 10 000»: an exact count of 25,000 search hits
     * reads them all (the catalogue's count took longer than its page); nobody pages that far.
     */
    public static final int COUNT_CAP = 10_000;

    /** A count of the rows of {@code fromAndWhere} ("from … where …") that stops after {@link #COUNT_CAP} + 1. */
    public static String cappedCount(String fromAndWhere) {
        return "select count(*) from (select 1 " + fromAndWhere + " limit " + (COUNT_CAP + 1) + ") capped";
    }

    /** Whether a count made by {@link #cappedCount} hit the cap (show «более 10 000», not the number). */
    public static boolean capped(long total) {
        return total > COUNT_CAP;
    }

    public static PageWindow of(long requestedPage, int size, long total) {
        int safeSize = Math.max(1, size);
        long pages = Math.max(1, (Math.max(0, total) + safeSize - 1) / safeSize);
        int page = (int) Math.min(Math.max(1, requestedPage), Math.min(pages, Integer.MAX_VALUE));
        return new PageWindow(page, (int) Math.min(pages, Integer.MAX_VALUE), safeSize, (long) (page - 1) * safeSize);
    }
}
