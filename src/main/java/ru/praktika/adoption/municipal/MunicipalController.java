package ru.praktika.adoption.municipal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import ru.praktika.adoption.implementation.Implementation;
import ru.praktika.adoption.implementation.Implementations;
import ru.praktika.adoption.roadmap.ActivityProgress;
import ru.praktika.adoption.roadmap.RoadmapActivity;
import ru.praktika.adoption.shared.Conflicts;
import ru.praktika.directory.Directory;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.security.CurrentUsers;

/** Cl. 6: the municipality's activities and the body's settings for working with municipalities. */
@Controller
@RequestMapping("/adoption")
class MunicipalController {

    private final Conflicts conflicts;

    private final MunicipalWork work;
    private final Implementations implementations;
    private final Catalogue catalogue;
    private final Directory directory;
    private final Clock clock;

    MunicipalController(MunicipalWork work, Implementations implementations, Catalogue catalogue, Directory directory,
                        Clock clock, Conflicts conflicts) {
        this.conflicts = conflicts;
        this.work = work;
        this.implementations = implementations;
        this.catalogue = catalogue;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/municipal")
    @PreAuthorize("hasRole('MUNICIPALITY')")
    String mine(Model model) {
        var bodies = ru.praktika.adoption.roadmap.Roadmaps.index(directory.bodies(), b -> b.getId());
        model.addAttribute("rows", work.mineWithContext().stream().map(c -> {
            Long responsible = c.activity().getResponsibleBodyId() != null ? c.activity().getResponsibleBodyId() : c.bodyId();
            var body = bodies.get(responsible);
            return new MunicipalActivityRow(c.activity(), c.practiceTitle(), body == null ? "" : body.getShortName());
        }).toList());
        model.addAttribute("today", LocalDate.now(clock));
        return "adoption/municipal";
    }

    @GetMapping("/municipal/activities/{id}")
    @PreAuthorize("hasRole('MUNICIPALITY')")
    String activity(@PathVariable Long id, Model model) {
        RoadmapActivity a = work.sharedActivity(id);
        if (!model.containsAttribute("progressForm")) {
            model.addAttribute("progressForm", new ProgressForm(a.getVersion(), a.getStatus(), a.getActualDate(),
                    a.getActualResult(), a.getComment(), a.getMissExplanation()));
        }
        Implementation i = implementations.find(a.getRoadmap().getImplementationId());
        model.addAttribute("activity", a);
        model.addAttribute("practice", catalogue.practice(i.getPracticeId()));
        model.addAttribute("body", directory.body(i.getBodyId()));
        model.addAttribute("mayUpdate", work.mayUpdate(a));
        model.addAttribute("today", LocalDate.now(clock));
        return "adoption/municipal-activity";
    }

    @PostMapping("/municipal/activities/{id}")
    @PreAuthorize("hasRole('MUNICIPALITY')")
    String update(@PathVariable Long id, @Valid @ModelAttribute("progressForm") ProgressForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                work.update(id, form.version(), new ActivityProgress(form.status(), form.actualDate(),
                        form.actualResult(), form.comment(), form.missExplanation()));
                redirect.addFlashAttribute("flashSuccess", "adoption.activity.saved");
                return "redirect:/adoption/municipal";
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            } catch (RuntimeException e) { // a conflict of any kind keeps the form; anything else goes on
                conflicts.reject(result, e);
            }
        }
        return activity(id, model);
    }

    @GetMapping("/settings")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String settings(Model model) {
        Long body = CurrentUsers.get().bodyId();
        model.addAttribute("settings", work.settingsOf(body));
        model.addAttribute("body", directory.body(body));
        return "adoption/settings";
    }

    @PostMapping("/settings")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String saveSettings(@RequestParam(required = false) Long version,
                        @RequestParam(defaultValue = "false") boolean municipalitiesUpdate,
                        @RequestParam(defaultValue = "false") boolean municipalitiesPropose,
                        RedirectAttributes redirect) {
        work.change(CurrentUsers.get().bodyId(), version, municipalitiesUpdate, municipalitiesPropose);
        redirect.addFlashAttribute("flashSuccess", "adoption.settings.saved");
        return "redirect:/adoption/settings";
    }

    record ProgressForm(@NotNull Long version, @NotBlank String status,
                        @DateTimeFormat(pattern = "dd.MM.yyyy") LocalDate actualDate,
                        @Size(max = 2000) String actualResult, @Size(max = 2000) String comment,
                        @Size(max = 2000) String missExplanation) {
    }
}
