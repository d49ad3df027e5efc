package ru.praktika.adoption.study;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.adoption.catalogue.Catalogue;
import ru.praktika.adoption.catalogue.CataloguePractice;
import ru.praktika.adoption.implementation.Implementations;
import ru.praktika.adoption.shared.Conflicts;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;

/** A practice's card as the acting body studies it, the study and decision, the body's shortlist (cl. 5.1). */
@Controller
@RequestMapping("/adoption")
class StudyController {

    private final Catalogue catalogue;
    private final Studies studies;
    private final Implementations implementations;
    private final Conflicts conflicts;

    StudyController(Catalogue catalogue, Studies studies, Implementations implementations, Conflicts conflicts) {
        this.catalogue = catalogue;
        this.studies = studies;
        this.implementations = implementations;
        this.conflicts = conflicts;
    }

    @GetMapping("/catalogue/{id}")
    String card(@PathVariable Long id, Model model) {
        CataloguePractice practice = catalogue.practice(id);
        CurrentUser me = CurrentUsers.get();
        model.addAttribute("practice", practice);
        model.addAttribute("regionName", catalogue.subjectName(practice.getSourceSubjectId()));
        model.addAttribute("categoryName", catalogue.categories().stream()
                .filter(c -> c.getId().equals(practice.getCategoryId())).map(c -> c.getName()).findFirst().orElse(""));
        var study = studies.of(id, me.bodyId());
        study.ifPresent(s -> model.addAttribute("study", s));
        implementations.ofPractice(id, me.bodyId()).ifPresent(i -> model.addAttribute("implementation", i));
        if (!model.containsAttribute("studyForm")) {
            model.addAttribute("studyForm", study.map(StudyForm::of).orElse(StudyForm.empty()));
        }
        return "adoption/practice";
    }

    @PostMapping("/catalogue/{id}/study")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String study(@PathVariable Long id, @Valid @ModelAttribute("studyForm") StudyForm form, BindingResult result,
                 Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                studies.record(id, form.version(), form.data());
                redirect.addFlashAttribute("flashSuccess", "adoption.study.saved");
                return "redirect:/adoption/catalogue/" + id;
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            } catch (RuntimeException e) { // a conflict of any kind keeps the form; anything else goes on
                conflicts.reject(result, e);
            }
        }
        return card(id, model);
    }

    @GetMapping("/shortlist")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String shortlist(Model model) {
        CurrentUser me = CurrentUsers.get();
        var list = studies.shortlist(me.bodyId());
        model.addAttribute("studies", list);
        model.addAttribute("practices", catalogue.byIds(list.stream().map(PracticeStudy::getPracticeId).toList()));
        return "adoption/shortlist";
    }

    record StudyForm(Long version, @Size(max = 10000) String notes, @Size(max = 10000) String applicability,
                     @Size(max = 10000) String expectedEffect, @Size(max = 10000) String resources,
                     PracticeStudy.Decision decision, @Size(max = 2000) String reason, Boolean shortlisted) {

        static StudyForm empty() {
            return new StudyForm(null, null, null, null, null, null, null, true);
        }

        static StudyForm of(PracticeStudy s) {
            return new StudyForm(s.getVersion(), s.getNotes(), s.getApplicability(), s.getExpectedEffect(),
                    s.getResources(), s.getDecision(), s.getDecisionReason(), s.isShortlisted());
        }

        Studies.StudyData data() {
            return new Studies.StudyData(notes, applicability, expectedEffect, resources, decision, reason,
                    Boolean.TRUE.equals(shortlisted));
        }
    }
}
