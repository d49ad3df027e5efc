package ru.praktika.practices.card;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.platform.DomainException;

/** Files of the practice card. */
@Controller
@RequestMapping("/practices/{id}/attachments")
class AttachmentController {

    private final PracticeCards cards;
    private final PracticeAttachments attachments;
    private final CardPage cardPage;
    private final MessageSource messages;

    AttachmentController(PracticeCards cards, PracticeAttachments attachments, CardPage cardPage, MessageSource messages) {
        this.cards = cards;
        this.attachments = attachments;
        this.cardPage = cardPage;
        this.messages = messages;
    }

    @PostMapping
    @PreAuthorize(PracticeRoles.BODY_WRITERS)
    String add(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file,
               Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        Practice p = cards.view(id);
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainException("practices.file.empty");
            }
            attachments.add(id, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("flashSuccess", "practices.flash.attached");
            return "redirect:/practices/" + id + "#attachments";
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute("attachmentError", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
            return cardPage.render(p, model);
        }
    }

    @PostMapping("/{attachmentId}/delete")
    @PreAuthorize(PracticeRoles.BODY_WRITERS)
    String delete(@PathVariable Long id, @PathVariable Long attachmentId, RedirectAttributes redirect) {
        attachments.delete(id, attachmentId);
        redirect.addFlashAttribute("flashSuccess", "practices.flash.detached");
        return "redirect:/practices/" + id + "#attachments";
    }

    @GetMapping("/{attachmentId}")
    @PreAuthorize(PracticeRoles.READERS)
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long attachmentId) {
        PracticeAttachment a = attachments.download(id, attachmentId);
        return FileDownload.of(a.getFileName(), a.getKind(), a.getData());
    }
}
