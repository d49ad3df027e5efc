package ru.praktika.practices.proposals;

import ru.praktika.audit.EditConflicts;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.directory.Directory;
import ru.praktika.platform.DomainException;
import ru.praktika.practices.card.Practice;

/** Municipal proposals (cl. 6). */
@Controller
@RequestMapping("/proposals")
class ProposalController {

    private final ProposalService proposals;
    private final Directory directory;
    private final EditConflicts conflicts;
    private final Clock clock;

    ProposalController(ProposalService proposals, Directory directory, Clock clock, EditConflicts conflicts) {
        this.conflicts = conflicts;
        this.proposals = proposals;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','HEAD','MUNICIPALITY','OBSERVER')")
    String list(Model model) {
        model.addAttribute("proposals", proposals.visible());
        model.addAttribute("statusNames", proposals.statusNames());
        model.addAttribute("names", new Names(directory));
        return "practices/proposals";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('MUNICIPALITY')")
    String newForm(Model model) {
        model.addAttribute("proposalForm", new ProposalForms.ProposalForm(null, null, null, null, null, null, null, null));
        return formPage(model);
    }

    @PostMapping
    @PreAuthorize("hasRole('MUNICIPALITY')")
    String propose(@Valid @ModelAttribute("proposalForm") ProposalForms.ProposalForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                MunicipalProposal p = proposals.propose(form.bodyId(), form.categoryId(), form.title(), form.summary(),
                        form.problem(), form.solution(), form.results(), form.contact());
                redirect.addFlashAttribute("flashSuccess", "practices.flash.proposed");
                return "redirect:/proposals/" + p.getId();
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return formPage(model);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('COORDINATOR','OFFICER','HEAD','MUNICIPALITY','OBSERVER')")
    String view(@PathVariable Long id, Model model) {
        return viewPage(proposals.view(id), model);
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String accept(@PathVariable Long id, @ModelAttribute("decisionForm") ProposalForms.DecisionForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        MunicipalProposal p = proposals.view(id);
        try {
            Practice practice = proposals.accept(id, form.version() == null ? -1 : form.version(), form.categoryId());
            redirect.addFlashAttribute("flashSuccess", "practices.flash.proposalAccepted");
            return "redirect:/practices/" + practice.getId() + "/edit";
        } catch (DomainException e) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
            response.setStatus(422);
            return viewPage(p, model);
        } catch (RuntimeException e) {
            conflicts.rejectOrRethrow(result, e, MunicipalProposal.class, id);
            response.setStatus(409);
            return viewPage(proposals.view(id), model);
        }
    }

    @PostMapping("/{id}/decline")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String decline(@PathVariable Long id, @Valid @ModelAttribute("decisionForm") ProposalForms.DecisionForm form,
                   BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        MunicipalProposal p = proposals.view(id);
        if (!result.hasErrors()) {
            try {
                proposals.decline(id, form.version() == null ? -1 : form.version(), form.reason());
                redirect.addFlashAttribute("flashSuccess", "practices.flash.proposalDeclined");
                return "redirect:/proposals/" + id;
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            } catch (RuntimeException e) {
                conflicts.rejectOrRethrow(result, e, MunicipalProposal.class, id);
                p = proposals.view(id);
            }
        }
        response.setStatus(422);
        return viewPage(p, model);
    }

    private String formPage(Model model) {
        model.addAttribute("bodies", directory.bodies().stream().filter(b -> !b.isCoordinator()).toList());
        model.addAttribute("categories", directory.categories());
        return "practices/proposal-form";
    }

    private String viewPage(MunicipalProposal p, Model model) {
        model.addAttribute("proposal", p);
        model.addAttribute("statusNames", proposals.statusNames());
        model.addAttribute("names", new Names(directory));
        model.addAttribute("bodyCategories", directory.categoriesOf(p.getBodyId(), LocalDate.now(clock)));
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new ProposalForms.DecisionForm(p.getVersion(), p.getCategoryId(), null));
        }
        return "practices/proposal";
    }

    /** Looks up names of ids for the templates. */
    public static final class Names {
        private final Directory directory;

        Names(Directory directory) {
            this.directory = directory;
        }

        public String body(Long id) {
            return directory.body(id).getShortName();
        }

        public String municipality(Long id) {
            return directory.municipality(id).getName();
        }

        public String category(Long id) {
            return id == null ? "" : directory.category(id).getName();
        }
    }
}
