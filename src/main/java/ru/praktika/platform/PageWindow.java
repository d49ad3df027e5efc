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

    public static PageWindow of(long requestedPage, int size, long total) {
        int safeSize = Math.max(1, size);
        long pages = Math.max(1, (Math.max(0, total) + safeSize - 1) / safeSize);
        int page = (int) Math.min(Math.max(1, requestedPage), Math.min(pages, Integer.MAX_VALUE));
        return new PageWindow(page, (int) Math.min(pages, Integer.MAX_VALUE), safeSize, (long) (page - 1) * safeSize);
    }
}
