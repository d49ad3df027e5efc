package ru.praktika.audit;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.praktika.directory.Directory;

/** The journal for the coordinator and observers: filters, pages, and the same list as XLSX. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('COORDINATOR', 'OBSERVER')")
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditLog log;
    private final AuditedTypes types;
    private final ChangeReader names;
    private final AuditExport export;
    private final Directory directory;
    private final Clock clock;

    AuditController(AuditLog log, AuditedTypes types, ChangeReader names, AuditExport export, Directory directory,
                    Clock clock) {
        this.log = log;
        this.types = types;
        this.names = names;
        this.export = export;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    String journal(@ModelAttribute("filter") AuditFilter filter, BindingResult result,
                   @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("authors", log.authors());
        model.addAttribute("bodies", directory.bodies());
        model.addAttribute("types", types.all().stream()
                .map(t -> new TypeOption(t.key(), names.typeLabel(t)))
                .sorted(Comparator.comparing(TypeOption::label)).toList());
        // A mistyped date shows its message next to the field; the journal is not filtered by it.
        AuditLog.Page found = log.page(usable(filter, result), page, PAGE_SIZE);
        model.addAttribute("found", found);
        return "audit/journal";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@ModelAttribute("filter") AuditFilter filter, BindingResult result) throws IOException {
        byte[] file = export.xlsx(log.all(usable(filter, result)));
        String name = "journal-" + DateTimeFormatter.ofPattern("yyyy-MM-dd").format(LocalDate.now(clock)) + ".xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(file);
    }

    private static AuditFilter usable(AuditFilter filter, BindingResult result) {
        if (result.hasFieldErrors("from")) {
            filter.setFrom(null);
        }
        if (result.hasFieldErrors("to")) {
            filter.setTo(null);
        }
        if (result.hasFieldErrors("bodyId")) {
            filter.setBodyId(null);
        }
        return filter;
    }

    record TypeOption(String key, String label) {
    }
}
