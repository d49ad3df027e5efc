package ru.praktika.adoption;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.NotFoundException;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;

/** The catalogue of Smarteka practices: search, card, adding by hand, import, study (cl. 5.1). */
@Controller
@RequestMapping("/adoption")
class CatalogueController {

    private final Catalogue catalogue;
    private final Studies studies;
    private final Implementations implementations;
    private final ImportJobs imports;

    CatalogueController(Catalogue catalogue, Studies studies, Implementations implementations, ImportJobs imports) {
        this.catalogue = catalogue;
        this.studies = studies;
        this.implementations = implementations;
        this.imports = imports;
    }

    @GetMapping("/catalogue")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) Long category,
                  @RequestParam(required = false) Long region, @RequestParam(required = false) Boolean recommended,
                  @RequestParam(required = false) Boolean studied, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        CurrentUser me = CurrentUsers.get();
        String text = q == null ? null : q.length() > 200 ? q.substring(0, 200) : q;
        model.addAttribute("result", catalogue.search(
                new Catalogue.SearchQuery(text, category, region, recommended, studied, page), me.bodyId()));
        model.addAttribute("q", text);
        model.addAttribute("category", category);
        model.addAttribute("region", region);
        model.addAttribute("recommended", recommended);
        model.addAttribute("studied", studied);
        model.addAttribute("categories", catalogue.categories());
        model.addAttribute("subjects", catalogue.subjects());
        if (me.bodyId() != null) {
            model.addAttribute("suggestions", catalogue.suggestions(me.bodyId(), 5));
        }
        return "adoption/catalogue";
    }

    @GetMapping("/catalogue/{id}")
    String card(@PathVariable Long id, Model model) {
        CataloguePractice practice = catalogue.practice(id);
        CurrentUser me = CurrentUsers.get();
        model.addAttribute("practice", practice);
        model.addAttribute("regionName", catalogue.subjectName(practice.getSourceSubjectId()));
        model.addAttribute("categoryName", catalogue.categories().stream()
                .filter(c -> c.getId().equals(practice.getCategoryId())).map(c -> c.getName()).findFirst().orElse(""));
        studies.of(id, me.bodyId()).ifPresent(s -> model.addAttribute("study", s));
        implementations.ofPractice(id, me.bodyId()).ifPresent(i -> model.addAttribute("implementation", i));
        if (!model.containsAttribute("studyForm")) {
            model.addAttribute("studyForm", studies.of(id, me.bodyId()).map(StudyForm::of).orElse(StudyForm.empty()));
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
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("adoption.conflict");
            }
        }
        return card(id, model);
    }

    @GetMapping("/catalogue/new")
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
    String newCard(Model model) {
        model.addAttribute("cardForm", CardForm.empty());
        return cardPage(model, null);
    }

    @PostMapping("/catalogue")
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
    String add(@Valid @ModelAttribute("cardForm") CardForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                CataloguePractice p = catalogue.add(form.card());
                redirect.addFlashAttribute("flashSuccess", "adoption.practice.saved");
                return "redirect:/adoption/catalogue/" + p.getId();
            } catch (DomainException e) {
                result.rejectValue(e.messageKey().startsWith("adoption.practice.url") ? "smartekaUrl" : "title",
                        e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return cardPage(model, null);
    }

    @GetMapping("/catalogue/{id}/edit")
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("cardForm", CardForm.of(catalogue.practice(id)));
        return cardPage(model, id);
    }

    @PostMapping("/catalogue/{id}")
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
    String change(@PathVariable Long id, @Valid @ModelAttribute("cardForm") CardForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                catalogue.change(id, form.version() == null ? -1 : form.version(), form.card());
                redirect.addFlashAttribute("flashSuccess", "adoption.practice.saved");
                return "redirect:/adoption/catalogue/" + id;
            } catch (DomainException e) {
                result.rejectValue(e.messageKey().startsWith("adoption.practice.url") ? "smartekaUrl" : "title",
                        e.messageKey(), e.arguments(), e.messageKey());
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("adoption.conflict");
            }
        }
        return cardPage(model, id);
    }

    private String cardPage(Model model, Long id) {
        model.addAttribute("practiceId", id);
        model.addAttribute("categories", catalogue.categories());
        model.addAttribute("subjects", catalogue.subjects());
        return "adoption/practice-form";
    }

    @GetMapping("/catalogue/import")
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
    String importPage() {
        return "adoption/import";
    }

    @PostMapping("/catalogue/import")
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
    String startImport(@RequestParam(value = "file", required = false) MultipartFile file, Model model) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainException("adoption.import.empty");
            }
            ImportJobs.Job job = imports.start(file.getOriginalFilename(), file.getBytes(), CurrentUsers.get());
            return "redirect:/adoption/catalogue/import/" + job.getId();
        } catch (DomainException e) {
            model.addAttribute("problemKey", e.messageKey());
            model.addAttribute("problemArgs", e.arguments());
            return "adoption/import";
        }
    }

    /** The job page; htmx polls it for the progress fragment until the report is ready. */
    @GetMapping("/catalogue/import/{jobId}")
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
    String importJob(@PathVariable UUID jobId, @RequestHeader(value = "HX-Request", required = false) String htmx,
                     Model model) {
        ImportJobs.Job job = imports.find(jobId, CurrentUsers.get());
        if (job == null) {
            throw new NotFoundException("import", jobId);
        }
        model.addAttribute("job", job);
        return htmx != null ? "adoption/import-job :: progress" : "adoption/import-job";
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

    record CardForm(Long version, @NotBlank @Size(max = 500) String smartekaUrl, @NotBlank @Size(max = 500) String title,
                    @NotNull Long subjectId, @NotNull Long categoryId, @Size(max = 20000) String summary,
                    @Size(max = 20000) String algorithm, @Size(max = 20000) String results,
                    @Size(max = 1000) String ownerContacts, @Size(max = 500) String tags, Boolean recommended,
                    @Min(2000) @Max(2100) Integer recommendedYear) {

        static CardForm empty() {
            return new CardForm(null, null, null, null, null, null, null, null, null, null, false, null);
        }

        static CardForm of(CataloguePractice p) {
            return new CardForm(p.getVersion(), p.getSmartekaUrl(), p.getTitle(), p.getSourceSubjectId(),
                    p.getCategoryId(), p.getSummary(), p.getAlgorithm(), p.getResults(), p.getOwnerContacts(),
                    p.getTags(), p.isRecommended(), p.getRecommendedYear());
        }

        PracticeCard card() {
            return new PracticeCard(smartekaUrl.strip(), title.strip(), subjectId, categoryId, summary, algorithm,
                    results, ownerContacts, tags, Boolean.TRUE.equals(recommended), recommendedYear, false);
        }
    }
}
