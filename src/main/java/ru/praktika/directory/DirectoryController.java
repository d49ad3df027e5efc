package ru.praktika.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.platform.DomainException;

@Controller
@RequestMapping("/directory")
class DirectoryController {

    private final Directory directory;
    private final Clock clock;

    DirectoryController(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** App. 1 as a table; {@code date} shows it as it stood on that day. */
    @GetMapping
    String appendix(@RequestParam(required = false) @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate date, Model model) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        model.addAttribute("on", on);
        model.addAttribute("rows", directory.appendixOne(on));
        model.addAttribute("coordinator", directory.coordinator());
        model.addAttribute("basis", directory.legalBasis().stream()
                .filter(a -> a.getStatus() == LegalActStatus.IN_FORCE).findFirst().orElse(null));
        return "directory/appendix";
    }

    @GetMapping("/municipalities")
    String municipalities(Model model) {
        model.addAttribute("municipalities", directory.municipalities());
        model.addAttribute("today", LocalDate.now(clock));
        return "directory/municipalities";
    }

    @GetMapping("/legal-basis")
    String legalBasis(Model model) {
        model.addAttribute("acts", directory.legalBasis());
        model.addAttribute("criteria", directory.placementCriteria());
        model.addAttribute("region", directory.region());
        return "directory/legal-basis";
    }

    @GetMapping("/assignments")
    @PreAuthorize("hasRole('COORDINATOR')")
    String assignments(Model model) {
        if (!model.containsAttribute("assignmentForm")) {
            model.addAttribute("assignmentForm", new AssignmentForm(null, null, LocalDate.now(clock), null));
        }
        return assignmentsPage(model);
    }

    @PostMapping("/assignments")
    @PreAuthorize("hasRole('COORDINATOR')")
    String assign(@Valid @ModelAttribute("assignmentForm") AssignmentForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return assignmentsPage(model);
        }
        try {
            directory.assign(form.categoryId(), form.bodyId(), form.validFrom(), form.basis());
        } catch (DomainException e) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
            return assignmentsPage(model);
        }
        redirect.addFlashAttribute("flashSuccess", "directory.assignment.added");
        return "redirect:/directory/assignments";
    }

    @PostMapping("/assignments/{id}/end")
    @PreAuthorize("hasRole('COORDINATOR')")
    String end(@PathVariable Long id, @RequestParam @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate lastDay,
               RedirectAttributes redirect) {
        directory.endAssignment(id, lastDay);
        redirect.addFlashAttribute("flashSuccess", "directory.assignment.ended");
        return "redirect:/directory/assignments";
    }

    private String assignmentsPage(Model model) {
        List<CategoryAssignment> history = directory.assignmentHistory();
        model.addAttribute("history", history);
        model.addAttribute("categories", directory.categories());
        model.addAttribute("bodies", directory.bodies());
        model.addAttribute("today", LocalDate.now(clock));
        return "directory/assignments";
    }

    record AssignmentForm(@NotNull Long categoryId, @NotNull Long bodyId,
                          @NotNull @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate validFrom,
                          @Size(max = 300) String basis) {
    }
}
