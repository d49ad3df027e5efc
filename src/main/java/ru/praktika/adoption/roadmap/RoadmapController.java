package ru.praktika.adoption.roadmap;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import ru.praktika.adoption.implementation.Statuses;
import ru.praktika.adoption.shared.Conflicts;
import ru.praktika.directory.Directory;
import ru.praktika.platform.DomainException;

/**
 * A roadmap (cl. 5.3): the page with its timeline, and its activities added, changed and removed. Approval,
 * versions and the XLSX sheet have their own controllers under the same URL.
 */
@Controller
@RequestMapping("/adoption/roadmaps/{id}")
class RoadmapController {

    private final Roadmaps roadmaps;
    private final RoadmapPage roadmapPage;
    private final Statuses statuses;
    private final Directory directory;
    private final Conflicts conflicts;
    private final Clock clock;

    RoadmapController(Roadmaps roadmaps, RoadmapPage roadmapPage, Statuses statuses, Directory directory,
                      Conflicts conflicts, Clock clock) {
        this.roadmaps = roadmaps;
        this.roadmapPage = roadmapPage;
        this.statuses = statuses;
        this.directory = directory;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','HEAD','OBSERVER')")
    String page(@PathVariable Long id, Model model) {
        return roadmapPage.show(id, model);
    }

    @PostMapping("/activities")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String add(@PathVariable Long id, @RequestParam long roadmapVersion,
               @Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                roadmaps.addActivity(id, roadmapVersion, form.plan());
                redirect.addFlashAttribute("flashSuccess", "adoption.activity.saved");
                return "redirect:/adoption/roadmaps/" + id;
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            } catch (RuntimeException e) { // a conflict of any kind keeps the form; anything else goes on
                conflicts.reject(result, e);
            }
        }
        return roadmapPage.show(id, model);
    }

    @GetMapping("/activities/{activityId}")
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','HEAD','OBSERVER')")
    String activity(@PathVariable Long id, @PathVariable Long activityId, Model model) {
        Roadmap r = roadmaps.view(id);
        if (!model.containsAttribute("activityForm")) {
            model.addAttribute("activityForm", ActivityForm.of(r.activity(activityId)));
        }
        return activityPage(r, activityId, model);
    }

    private String activityPage(Roadmap r, Long activityId, Model model) {
        model.addAttribute("roadmap", r);
        model.addAttribute("activity", r.activity(activityId));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("allBodies", directory.bodies());
        model.addAttribute("allMunicipalities", directory.municipalities());
        model.addAttribute("statusCodes", statuses.activityCodes());
        return "adoption/activity";
    }

    @PostMapping("/activities/{activityId}")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String change(@PathVariable Long id, @PathVariable Long activityId,
                  @Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                roadmaps.changeActivity(id, activityId, form.version() == null ? -1 : form.version(), form.plan(),
                        form.progress());
                redirect.addFlashAttribute("flashSuccess", "adoption.activity.saved");
                return "redirect:/adoption/roadmaps/" + id;
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            } catch (RuntimeException e) { // a conflict of any kind keeps the form; anything else goes on
                conflicts.reject(result, e);
            }
        }
        return activityPage(roadmaps.view(id), activityId, model);
    }

    @PostMapping("/activities/{activityId}/delete")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String remove(@PathVariable Long id, @PathVariable Long activityId, RedirectAttributes redirect) {
        roadmaps.removeActivity(id, activityId);
        redirect.addFlashAttribute("flashSuccess", "adoption.activity.removed");
        return "redirect:/adoption/roadmaps/" + id;
    }
}
