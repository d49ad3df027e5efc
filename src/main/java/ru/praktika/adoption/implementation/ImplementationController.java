package ru.praktika.adoption.implementation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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
import ru.praktika.adoption.catalogue.Catalogue;
import ru.praktika.adoption.roadmap.Roadmap;
import ru.praktika.adoption.roadmap.Roadmaps;
import ru.praktika.adoption.shared.Conflicts;
import ru.praktika.directory.Directory;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;

/** An implementation: application (cl. 5.2), statuses with reasons, results and the person responsible (cl. 7.2). */
@Controller
@RequestMapping("/adoption/implementations")
class ImplementationController {

    private final Conflicts conflicts;

    private final Implementations implementations;
    private final ImplementationList list;
    private final Roadmaps roadmaps;
    private final Catalogue catalogue;
    private final Statuses statuses;
    private final Directory directory;
    private final Clock clock;

    ImplementationController(Implementations implementations, ImplementationList list, Roadmaps roadmaps, Catalogue catalogue,
                             Statuses statuses, Directory directory, Clock clock, Conflicts conflicts) {
        this.conflicts = conflicts;
        this.implementations = implementations;
        this.list = list;
        this.roadmaps = roadmaps;
        this.catalogue = catalogue;
        this.statuses = statuses;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','HEAD','OBSERVER')")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Long bodyId,
                @RequestParam(defaultValue = "1") long page, Model model) {
        CurrentUser me = CurrentUsers.get();
        String known = status != null && statuses.implementationCodes().contains(status) ? status : null;
        var found = list.find(me, new ImplementationList.Filter(known, bodyId, page), LocalDate.now(clock));
        var bodies = directory.bodies();
        model.addAttribute("found", found);
        model.addAttribute("bodies", Roadmaps.index(bodies, b -> b.getId()));
        model.addAttribute("allBodies", me.seesAllBodies() ? bodies : java.util.List.of());
        model.addAttribute("statusCodes", statuses.implementationCodes());
        model.addAttribute("status", known);
        model.addAttribute("bodyId", me.seesAllBodies() ? bodyId : null);
        return "adoption/implementations";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','HEAD','OBSERVER')")
    String page(@PathVariable Long id, Model model) {
        Implementation i = implementations.view(id);
        model.addAttribute("impl", i);
        model.addAttribute("practice", catalogue.practice(i.getPracticeId()));
        model.addAttribute("body", directory.body(i.getBodyId()));
        model.addAttribute("history", implementations.history(id));
        model.addAttribute("indicators", implementations.indicators(id));
        model.addAttribute("targets", statuses.manualTargets(i.getStatus()));
        roadmaps.ofImplementation(id).ifPresent(r -> model.addAttribute("roadmap", r));
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("applicationForm")) {
            model.addAttribute("applicationForm", new ApplicationForm(i.getVersion(),
                    i.getAppliedOn() == null ? LocalDate.now(clock) : i.getAppliedOn(), i.getApplicationRef(),
                    i.getOwnerContact()));
        }
        if (!model.containsAttribute("recordForm")) {
            model.addAttribute("recordForm", new RecordForm(i.getVersion(), i.getPlannedResult(), i.getAchievedResult(),
                    i.getResponsibleFullName(), i.getResponsiblePosition(), i.getResponsiblePhone(),
                    i.getResponsibleEmail()));
        }
        if (!model.containsAttribute("indicatorForm")) {
            model.addAttribute("indicatorForm", new IndicatorForm(null, null, null, null, null, null));
        }
        return "adoption/implementation";
    }

    @PostMapping("/{id}/application")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String apply(@PathVariable Long id, @Valid @ModelAttribute("applicationForm") ApplicationForm form,
                 BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                implementations.apply(id, form.version(), form.appliedOn(), form.reference(), form.ownerContact());
                redirect.addFlashAttribute("flashSuccess", "adoption.application.saved");
                return "redirect:/adoption/implementations/" + id;
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            } catch (RuntimeException e) { // a conflict of any kind keeps the form; anything else goes on
                conflicts.reject(result, e);
            }
        }
        return page(id, model);
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String move(@PathVariable Long id, @RequestParam long version, @RequestParam String to,
                @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        if (reason != null && reason.length() > 2000) {
            throw new DomainException("adoption.tooLong", 2000);
        }
        implementations.move(id, version, to, reason);
        redirect.addFlashAttribute("flashSuccess", "adoption.status.saved");
        return "redirect:/adoption/implementations/" + id;
    }

    @PostMapping("/{id}/record")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String record(@PathVariable Long id, @Valid @ModelAttribute("recordForm") RecordForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                implementations.record(id, form.version(), form.plannedResult(), form.achievedResult(),
                        form.fullName(), form.position(), form.phone(), form.email());
                redirect.addFlashAttribute("flashSuccess", "adoption.record.saved");
                return "redirect:/adoption/implementations/" + id;
            } catch (RuntimeException e) { // a conflict of any kind keeps the form; anything else goes on
                conflicts.reject(result, e);
            }
        }
        return page(id, model);
    }

    @PostMapping("/{id}/indicators")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String addIndicator(@PathVariable Long id, @Valid @ModelAttribute("indicatorForm") IndicatorForm form,
                        BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(id, model);
        }
        implementations.addIndicator(id, form.name(), form.unit(), form.plannedValue(), form.plannedDate(),
                form.achievedValue(), form.achievedDate());
        redirect.addFlashAttribute("flashSuccess", "adoption.indicator.saved");
        return "redirect:/adoption/implementations/" + id;
    }

    @PostMapping("/{id}/indicators/{indicatorId}/delete")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String removeIndicator(@PathVariable Long id, @PathVariable Long indicatorId, RedirectAttributes redirect) {
        implementations.removeIndicator(id, indicatorId);
        redirect.addFlashAttribute("flashSuccess", "adoption.indicator.removed");
        return "redirect:/adoption/implementations/" + id;
    }

    @PostMapping("/{id}/roadmap")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String createRoadmap(@PathVariable Long id,
                         @RequestParam @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate startDate,
                         @RequestParam(defaultValue = "false") boolean fromTemplate) {
        Roadmap r = roadmaps.create(id, startDate, fromTemplate);
        return "redirect:/adoption/roadmaps/" + r.getId();
    }

    record ApplicationForm(@NotNull Long version, @NotNull @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate appliedOn,
                           @NotBlank @Size(max = 500) String reference, @Size(max = 1000) String ownerContact) {
    }

    record RecordForm(@NotNull Long version, @Size(max = 4000) String plannedResult,
                      @Size(max = 4000) String achievedResult, @Size(max = 200) String fullName,
                      @Size(max = 200) String position, @Size(max = 50) String phone,
                      @Email @Size(max = 200) String email) {
    }

    record IndicatorForm(@NotBlank @Size(max = 500) String name, @Size(max = 50) String unit, BigDecimal plannedValue,
                         @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate plannedDate, BigDecimal achievedValue,
                         @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate achievedDate) {
    }
}
