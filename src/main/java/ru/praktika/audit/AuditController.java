package ru.praktika.audit;

import java.util.Comparator;
import java.util.List;
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
import ru.praktika.platform.Downloads;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;
import ru.praktika.platform.security.Role;

/**
 * The journal for the coordinator and observers: filters, pages, and the same list as XLSX. The administrator
 * sees the part that is theirs: changes of users and their roles.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('COORDINATOR', 'OBSERVER', 'ADMIN')")
class AuditController {

    static final int PAGE_SIZE = 50;
    static final String ADMIN_TYPE = "AppUser";

    private final AuditLog log;
    private final AuditedTypes types;
    private final ChangeReader names;
    private final AuditExport export;
    private final Directory directory;

    AuditController(AuditLog log, AuditedTypes types, ChangeReader names, AuditExport export, Directory directory) {
        this.log = log;
        this.types = types;
        this.names = names;
        this.export = export;
        this.directory = directory;
    }

    @GetMapping
    String journal(@ModelAttribute("filter") AuditFilter filter, BindingResult result,
                   @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("authors", log.authors());
        model.addAttribute("bodies", directory.bodies());
        model.addAttribute("types", types.all().stream().filter(t -> !adminOnly() || t.key().equals(ADMIN_TYPE))
                .map(t -> new TypeOption(t.key(), names.typeLabel(t)))
                .sorted(Comparator.comparing(TypeOption::label)).toList());
        // A mistyped date shows its message next to the field; the journal is not filtered by it.
        AuditLog.Page found = log.page(usable(filter, result), page, PAGE_SIZE);
        model.addAttribute("found", found);
        return "audit/journal";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@ModelAttribute("filter") AuditFilter filter, BindingResult result) {
        return Downloads.attachment(export.xlsx(log.all(usable(filter, result))), export.fileName(), Downloads.XLSX);
    }

    /** The administrator keeps accounts, not business data: their journal is that of users and roles. */
    private static boolean adminOnly() {
        CurrentUser me = CurrentUsers.get();
        return me.has(Role.ADMIN) && !me.has(Role.COORDINATOR) && !me.has(Role.OBSERVER);
    }

    private static AuditFilter usable(AuditFilter filter, BindingResult result) {
        if (adminOnly()) {
            filter.setType(ADMIN_TYPE);
        }
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
