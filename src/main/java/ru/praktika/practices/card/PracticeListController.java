package ru.praktika.practices.card;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import ru.praktika.directory.Directory;
import ru.praktika.platform.Downloads;
import ru.praktika.platform.security.CurrentUsers;
import ru.praktika.practices.placement.PlacementStatuses;

/** The practices list: filters, search, sort, pages, and the same list as XLSX. */
@Controller
@RequestMapping("/practices")
class PracticeListController {

    private final PracticeSearch search;
    private final PracticeExport export;
    private final PlacementStatuses statuses;
    private final Directory directory;
    private final Clock clock;

    PracticeListController(PracticeSearch search, PracticeExport export, PlacementStatuses statuses,
                           Directory directory, Clock clock) {
        this.search = search;
        this.export = export;
        this.statuses = statuses;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(PracticeRoles.READERS)
    String list(@ModelAttribute("filter") PracticeFilter filter, BindingResult bad, Model model) {
        filter = usable(filter, bad);
        model.addAttribute("filter", filter);
        model.addAttribute("result", search.find(filter, CurrentUsers.get()));
        model.addAttribute("sort", filter.effectiveSort());
        model.addAttribute("categories", directory.categories());
        model.addAttribute("bodies", directory.bodies());
        model.addAttribute("municipalities", directory.municipalities());
        model.addAttribute("statuses", statuses.list());
        model.addAttribute("criteria", directory.placementCriteria());
        model.addAttribute("sorts", PracticeFilter.SORTS);
        return "practices/list";
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize(PracticeRoles.READERS)
    void exportXlsx(@ModelAttribute("filter") PracticeFilter filter, BindingResult bad, HttpServletResponse response)
            throws IOException {
        filter = usable(filter, bad);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        LocalDate today = LocalDate.now(clock);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.contentDisposition(export.fileName(today)));
        export.write(filter, CurrentUsers.get(), today, response.getOutputStream());
    }

    /** A filter typed by hand into the address (a year of "abc") falls back to the unfiltered list. */
    private static PracticeFilter usable(PracticeFilter filter, BindingResult bad) {
        return filter == null || bad.hasErrors() ? new PracticeFilter(null, null, null, null, null, null, null, null, null)
                : filter;
    }
}
