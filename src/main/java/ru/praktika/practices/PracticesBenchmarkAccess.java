package ru.praktika.practices;

import org.springframework.stereotype.Component;
import ru.praktika.platform.security.CurrentUser;

/**
 * Lets the search benchmark run the real list query over generated practices only (they are never mixed
 * with the real list). Not used by the application itself.
 */
@Component
public class PracticesBenchmarkAccess {

    private final PracticeSearch search;

    PracticesBenchmarkAccess(PracticeSearch search) {
        this.search = search;
    }

    /** The first page of the list, sorted by relevance when there is a term, as the list page asks for it. */
    public int firstPage(String q, CurrentUser user) {
        return search.find(new PracticeFilter(q, null, null, null, null, null, null, null, 1), user, true).rows().size();
    }

    public long count(String q, CurrentUser user) {
        return search.find(new PracticeFilter(q, null, null, null, null, null, null, null, 1), user, true).total();
    }
}
