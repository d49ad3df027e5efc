package ru.praktika.practices.card;

/**
 * The practices list as a person filtered it: search words, filters, sort and page. The XLSX export takes the
 * same object, so it holds exactly the rows the list shows (all pages).
 */
public record PracticeFilter(String q, Long categoryId, Long bodyId, String status, String criterion, Integer year,
                      Long municipalityId, String sort, Integer page) {

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
