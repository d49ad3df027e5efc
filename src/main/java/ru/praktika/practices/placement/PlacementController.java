package ru.praktika.practices.placement;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.platform.DomainException;
import ru.praktika.practices.card.CardPage;
import ru.praktika.practices.card.Practice;
import ru.praktika.practices.card.PracticeCards;
import ru.praktika.practices.card.PracticeRoles;

/** The placement application's moves and, once published, replication and Smarteka snapshots. */
@Controller
@RequestMapping("/practices/{id}")
class PlacementController {

    private final PracticeCards cards;
    private final Placements placements;
    private final Replications replications;
    private final CardPage cardPage;

    PlacementController(PracticeCards cards, Placements placements, Replications replications, CardPage cardPage) {
        this.cards = cards;
        this.placements = placements;
        this.replications = replications;
        this.cardPage = cardPage;
    }

    @PostMapping("/status")
    @PreAuthorize(PracticeRoles.CARD_WRITERS)
    String move(@PathVariable Long id, @Valid @ModelAttribute("moveForm") PlacementForms.MoveForm form,
                BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Practice p = cards.view(id);
        if (!result.hasErrors()) {
            try {
                placements.move(id, form.target(), form.comment(), form.date(), form.applicationNumber(), form.url());
                redirect.addFlashAttribute("flashSuccess", "practices.flash.moved");
                return "redirect:/practices/" + id;
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        response.setStatus(422);
        model.addAttribute("openMove", form.target());
        return cardPage.render(cards.get(p.getId()), model);
    }

    @PostMapping("/replications")
    @PreAuthorize(PracticeRoles.CARD_WRITERS)
    String addReplication(@PathVariable Long id,
                          @Valid @ModelAttribute("replicationForm") PlacementForms.ReplicationForm form,
                          BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Practice p = cards.view(id);
        if (!result.hasErrors()) {
            try {
                replications.add(id, form.regionCode(), form.since(), form.link());
                redirect.addFlashAttribute("flashSuccess", "practices.flash.replicationAdded");
                return "redirect:/practices/" + id + "#replication";
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        response.setStatus(422);
        return cardPage.render(p, model);
    }

    @PostMapping("/snapshots")
    @PreAuthorize(PracticeRoles.CARD_WRITERS)
    String addSnapshot(@PathVariable Long id, @Valid @ModelAttribute("snapshotForm") PlacementForms.SnapshotForm form,
                       BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Practice p = cards.view(id);
        if (!result.hasErrors()) {
            try {
                replications.addSnapshot(id, form.takenOn(), form.regionsCount(), form.likes(), form.views());
                redirect.addFlashAttribute("flashSuccess", "practices.flash.snapshotAdded");
                return "redirect:/practices/" + id + "#replication";
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        response.setStatus(422);
        return cardPage.render(p, model);
    }
}
