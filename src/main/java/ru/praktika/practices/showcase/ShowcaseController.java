package ru.praktika.practices.showcase;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.praktika.platform.NotFoundException;

/**
 * The public showcase (issue 13, point 2): anonymous, read-only pages of the region's published practices.
 * Open to everyone by {@code PracticesAccessRules}; when the showcase is off both pages answer 404, as does
 * any id that is not a published practice. No form, no session: the pages use a layout without the CSRF
 * token, so an anonymous visit stores nothing.
 */
@Controller
class ShowcaseController {

    private static final int MAX_QUERY = 200;

    private final ShowcaseSettings settings;
    private final ShowcaseQueries queries;

    ShowcaseController(ShowcaseSettings settings, ShowcaseQueries queries) {
        this.settings = settings;
        this.queries = queries;
    }

    @GetMapping("/showcase")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
        requireOn();
        String query = q == null ? null : q.strip();
        if (query != null && query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        model.addAttribute("q", query);
        model.addAttribute("result", queries.list(query, pageNumber(page)));
        model.addAttribute("fields", settings.fields().stream().map(Enum::name).toList());
        return "practices/showcase/list";
    }

    @GetMapping("/showcase/{id}")
    String card(@PathVariable String id, Model model) {
        requireOn();
        long practiceId = parseId(id);
        model.addAttribute("card", queries.card(practiceId)
                .orElseThrow(() -> new NotFoundException("published practice", practiceId)));
        model.addAttribute("fields", settings.fields().stream().map(Enum::name).toList());
        return "practices/showcase/card";
    }

    private void requireOn() {
        if (!settings.enabled()) {
            throw new NotFoundException("showcase", "");
        }
    }

    /** Anything but a positive number is no practice (404), never a 400 that says more. */
    private static long parseId(String id) {
        try {
            long n = Long.parseLong(id);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to 404
        }
        throw new NotFoundException("published practice", id);
    }

    /** A page number as typed: anything unreadable is the first page; PageWindow clamps the rest. */
    private static long pageNumber(String page) {
        try {
            return page == null ? 1 : Long.parseLong(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
