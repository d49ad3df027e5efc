package ru.praktika.practices.criteria;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.platform.DomainException;
import ru.praktika.practices.card.CardPage;
import ru.praktika.practices.card.FileDownload;
import ru.praktika.practices.card.Practice;
import ru.praktika.practices.card.PracticeCards;
import ru.praktika.practices.card.PracticeRoles;

/** Evidence of the criteria б)–г) on the practice card. */
@Controller
@RequestMapping("/practices/{id}/evidence")
class EvidenceController {

    private final PracticeCards cards;
    private final PracticeEvidence evidence;
    private final CardPage cardPage;

    EvidenceController(PracticeCards cards, PracticeEvidence evidence, CardPage cardPage) {
        this.cards = cards;
        this.evidence = evidence;
        this.cardPage = cardPage;
    }

    @PostMapping
    @PreAuthorize(PracticeRoles.BODY_WRITERS)
    String add(@PathVariable Long id, @Valid @ModelAttribute("evidenceForm") CriteriaForms.EvidenceForm form,
               BindingResult result, @RequestParam(name = "file", required = false) MultipartFile file,
               Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        Practice p = cards.view(id);
        if (!result.hasErrors()) {
            try {
                evidence.add(id, form.fields(), file == null ? null : file.getOriginalFilename(),
                        file == null ? null : file.getBytes());
                redirect.addFlashAttribute("flashSuccess", "practices.flash.evidenceAdded");
                return "redirect:/practices/" + id + "#criteria";
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        response.setStatus(422);
        return cardPage.render(p, model);
    }

    @PostMapping("/{evidenceId}/delete")
    @PreAuthorize(PracticeRoles.BODY_WRITERS)
    String delete(@PathVariable Long id, @PathVariable Long evidenceId, RedirectAttributes redirect) {
        evidence.delete(id, evidenceId);
        redirect.addFlashAttribute("flashSuccess", "practices.flash.evidenceDeleted");
        return "redirect:/practices/" + id + "#criteria";
    }

    @GetMapping("/{evidenceId}/file")
    @PreAuthorize(PracticeRoles.READERS)
    ResponseEntity<byte[]> file(@PathVariable Long id, @PathVariable Long evidenceId) {
        CriterionEvidence e = evidence.download(id, evidenceId);
        return FileDownload.of(e.getFileName(), e.getFileKind(), e.getFileData());
    }
}
