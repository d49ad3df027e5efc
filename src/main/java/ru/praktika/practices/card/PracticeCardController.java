package ru.praktika.practices.card;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
import ru.praktika.directory.Directory;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.OptimisticConflicts;
import ru.praktika.platform.security.CurrentUsers;

/** The practice card: a new one, the card page, editing with optimistic locking. */
@Controller
@RequestMapping("/practices")
class PracticeCardController {

    private final PracticeCards cards;
    private final CardPage cardPage;
    private final Directory directory;
    private final Clock clock;

    PracticeCardController(PracticeCards cards, CardPage cardPage, Directory directory, Clock clock) {
        this.cards = cards;
        this.cardPage = cardPage;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/new")
    @PreAuthorize(PracticeRoles.BODY_WRITERS)
    String newForm(Model model) {
        model.addAttribute("form", new PracticeForm().withBlankIndicatorRows());
        return formPage(model, null);
    }

    @PostMapping
    @PreAuthorize(PracticeRoles.BODY_WRITERS)
    String create(@Valid @ModelAttribute("form") PracticeForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            form.withBlankIndicatorRows();
            return formPage(model, null);
        }
        try {
            Practice p = cards.create(form.toCard());
            redirect.addFlashAttribute("flashSuccess", "practices.flash.created");
            return "redirect:/practices/" + p.getId();
        } catch (DomainException e) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
            form.withBlankIndicatorRows();
            return formPage(model, null);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(PracticeRoles.READERS)
    String card(@PathVariable Long id, Model model) {
        return cardPage.render(cards.view(id), model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(PracticeRoles.BODY_WRITERS)
    String editForm(@PathVariable Long id, Model model) {
        Practice p = cards.forEdit(id);
        model.addAttribute("form", PracticeForm.of(p).withBlankIndicatorRows());
        return formPage(model, p);
    }

    @PostMapping("/{id}")
    @PreAuthorize(PracticeRoles.BODY_WRITERS)
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") PracticeForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Practice p = cards.forEdit(id);
        if (result.hasErrors()) {
            form.withBlankIndicatorRows();
            return formPage(model, p);
        }
        try {
            cards.edit(id, form.getVersion() == null ? -1 : form.getVersion(), form.toCard());
        } catch (PracticeConflictException e) {
            return conflictPage(id, e, form, result, model);
        } catch (DomainException e) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
            form.withBlankIndicatorRows();
            return formPage(model, p);
        } catch (RuntimeException e) {
            // the version matched when read but another save committed first: the same page as a stale version
            if (!OptimisticConflicts.isConflict(e)) {
                throw e;
            }
            return conflictPage(id, cards.conflictAfterSave(id, form.toCard()), form, result, model);
        }
        redirect.addFlashAttribute("flashSuccess", "practices.flash.saved");
        return "redirect:/practices/" + id;
    }

    private String conflictPage(Long id, PracticeConflictException e, PracticeForm form, BindingResult result,
                                Model model) {
        model.addAttribute("conflict", e);
        result.reject("practices.conflict", new Object[] {e.changedBy(),
                DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(clock.getZone()).format(e.changedAt())},
                "practices.conflict");
        form.withBlankIndicatorRows();
        return formPage(model, cards.get(id));
    }

    private String formPage(Model model, Practice practice) {
        LocalDate today = LocalDate.now(clock);
        Long bodyId = practice != null ? practice.getBodyId() : CurrentUsers.get().bodyId();
        model.addAttribute("practice", practice);
        model.addAttribute("categories", bodyId == null ? List.of() : directory.categoriesOf(bodyId, today));
        model.addAttribute("municipalities", directory.municipalities().stream().filter(m -> m.existsOn(today)).toList());
        return "practices/form";
    }
}
