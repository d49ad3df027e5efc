package ru.praktika.practices.card;

/**
 * The practices list as a person filtered it: search words, filters, sort and page. The XLSX export takes the
 * same object, so it holds exactly the rows the list shows (all pages).
 */
public record PracticeFilter(String q, Long categoryId, Long bodyId, String status, String criterion, Integer year,
                      Long municipalityId, String sort, Integer page) {

    /** Years a practice can start in; a year outside them filters nothing (LocalDate.of would fail). */
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    public PracticeFilter {
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            year = null;
        }
    }

    static final java.util.List<String> SORTS = java.util.List.of("relevance", "updated", "title", "status", "category");

    String effectiveSort() {
        if (sort != null && SORTS.contains(sort) && !(sort.equals("relevance") && !hasQuery())) {
            return sort;
        }
        return hasQuery() ? "relevance" : "updated";
    }

    boolean hasQuery() {
        return q != null && !q.isBlank();
    }

    int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }
}
