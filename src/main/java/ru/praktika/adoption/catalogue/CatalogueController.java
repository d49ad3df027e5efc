package ru.praktika.adoption.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.adoption.shared.Conflicts;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;

/**
 * The catalogue of Smarteka practices (cl. 5.1): search and adding or editing a card by hand. The card
 * page with the body's study is {@code study.StudyController}; the import is {@link CatalogueImportController}.
 */
@Controller
@RequestMapping("/adoption/catalogue")
class CatalogueController {

    private final Catalogue catalogue;
    private final Conflicts conflicts;

    CatalogueController(Catalogue catalogue, Conflicts conflicts) {
        this.catalogue = catalogue;
        this.conflicts = conflicts;
    }

    @GetMapping
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

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER')")
    String newCard(Model model) {
        model.addAttribute("cardForm", CardForm.empty());
        return cardPage(model, null);
    }

    @PostMapping
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

    /** Only the coordinator changes a card every body shares (another body's officer may not retitle it). */
    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("cardForm", CardForm.of(catalogue.practice(id)));
        return cardPage(model, id);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('COORDINATOR')")
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
            } catch (RuntimeException e) { // a conflict of any kind keeps the form; anything else goes on
                conflicts.reject(result, e);
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
                    results, ownerContacts, tags, Boolean.TRUE.equals(recommended), recommendedYear);
        }
    }
}
