package ru.praktika.practices;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import ru.praktika.directory.Directory;
import ru.praktika.directory.FederalSubject;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;

@Controller
@RequestMapping("/practices")
class PracticeController {

    private static final String READERS = "hasAnyRole('COORDINATOR','OFFICER','HEAD','OBSERVER')";
    private static final String BODY_WRITERS = "hasAnyRole('OFFICER','HEAD')";
    private static final String CARD_WRITERS = "hasAnyRole('COORDINATOR','OFFICER','HEAD')";

    private final PracticeService practices;
    private final PracticeSearch search;
    private final PracticeExport export;
    private final PracticeAccess access;
    private final Directory directory;
    private final Clock clock;
    private final MessageSource messages;

    PracticeController(PracticeService practices, PracticeSearch search, PracticeExport export, PracticeAccess access,
                       Directory directory, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.practices = practices;
        this.search = search;
        this.export = export;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    // ---- list and export -------------------------------------------------------------------------------------

    @GetMapping
    @PreAuthorize(READERS)
    String list(@ModelAttribute("filter") PracticeFilter filter, BindingResult bad, Model model) {
        filter = usable(filter, bad);
        model.addAttribute("filter", filter);
        model.addAttribute("result", search.find(filter, CurrentUsers.get()));
        model.addAttribute("sort", filter.effectiveSort());
        model.addAttribute("categories", directory.categories());
        model.addAttribute("bodies", directory.bodies());
        model.addAttribute("municipalities", directory.municipalities());
        model.addAttribute("statuses", practices.statusList());
        model.addAttribute("criteria", directory.placementCriteria());
        model.addAttribute("sorts", PracticeFilter.SORTS);
        return "practices/list";
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize(READERS)
    void exportXlsx(@ModelAttribute("filter") PracticeFilter filter, BindingResult bad, HttpServletResponse response)
            throws IOException {
        filter = usable(filter, bad);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("practices-" + LocalDate.now(clock) + ".xlsx").build().toString());
        export.write(filter, CurrentUsers.get(), response.getOutputStream());
    }

    /** A filter typed by hand into the address (a year of "abc") falls back to the unfiltered list. */
    private static PracticeFilter usable(PracticeFilter filter, BindingResult bad) {
        return filter == null || bad.hasErrors() ? new PracticeFilter(null, null, null, null, null, null, null, null, null)
                : filter;
    }

    // ---- the card -------------------------------------------------------------------------------------------

    @GetMapping("/new")
    @PreAuthorize(BODY_WRITERS)
    String newForm(Model model) {
        model.addAttribute("form", new PracticeForm().withBlankIndicatorRows());
        return formPage(model, null);
    }

    @PostMapping
    @PreAuthorize(BODY_WRITERS)
    String create(@Valid @ModelAttribute("form") PracticeForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            form.withBlankIndicatorRows();
            return formPage(model, null);
        }
        try {
            Practice p = practices.create(form.toCard());
            redirect.addFlashAttribute("flashSuccess", "practices.flash.created");
            return "redirect:/practices/" + p.getId();
        } catch (DomainException e) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
            form.withBlankIndicatorRows();
            return formPage(model, null);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    String card(@PathVariable Long id, Model model) {
        return cardPage(practices.view(id), model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(BODY_WRITERS)
    String editForm(@PathVariable Long id, Model model) {
        Practice p = practices.forEdit(id);
        model.addAttribute("form", PracticeForm.of(p).withBlankIndicatorRows());
        return formPage(model, p);
    }

    @PostMapping("/{id}")
    @PreAuthorize(BODY_WRITERS)
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") PracticeForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Practice p = practices.forEdit(id);
        if (result.hasErrors()) {
            form.withBlankIndicatorRows();
            return formPage(model, p);
        }
        try {
            practices.edit(id, form.getVersion() == null ? -1 : form.getVersion(), form.toCard());
        } catch (PracticeConflictException e) {
            model.addAttribute("conflict", e);
            result.reject("practices.conflict", new Object[] {e.changedBy(),
                    java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(clock.getZone())
                            .format(e.changedAt())}, "practices.conflict");
            form.withBlankIndicatorRows();
            return formPage(model, practices.get(id));
        } catch (DomainException e) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
            form.withBlankIndicatorRows();
            return formPage(model, p);
        }
        redirect.addFlashAttribute("flashSuccess", "practices.flash.saved");
        return "redirect:/practices/" + id;
    }

    // ---- the placement application ---------------------------------------------------------------------------

    @PostMapping("/{id}/status")
    @PreAuthorize(CARD_WRITERS)
    String move(@PathVariable Long id, @Valid @ModelAttribute("moveForm") CardForms.MoveForm form, BindingResult result,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Practice p = practices.view(id);
        if (!result.hasErrors()) {
            try {
                practices.move(id, form.target(), form.comment(), form.date(), form.applicationNumber(), form.url());
                redirect.addFlashAttribute("flashSuccess", "practices.flash.moved");
                return "redirect:/practices/" + id;
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        response.setStatus(422);
        model.addAttribute("openMove", form.target());
        return cardPage(practices.get(p.getId()), model);
    }

    // ---- evidence of the criteria ----------------------------------------------------------------------------

    @PostMapping("/{id}/evidence")
    @PreAuthorize(BODY_WRITERS)
    String addEvidence(@PathVariable Long id, @Valid @ModelAttribute("evidenceForm") CardForms.EvidenceForm form,
                       BindingResult result, @RequestParam(name = "file", required = false) MultipartFile file,
                       Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        Practice p = practices.view(id);
        if (!result.hasErrors()) {
            try {
                practices.addEvidence(id, form.fields(), file == null ? null : file.getOriginalFilename(),
                        file == null ? null : file.getBytes());
                redirect.addFlashAttribute("flashSuccess", "practices.flash.evidenceAdded");
                return "redirect:/practices/" + id + "#criteria";
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        response.setStatus(422);
        return cardPage(p, model);
    }

    @PostMapping("/{id}/evidence/{evidenceId}/delete")
    @PreAuthorize(BODY_WRITERS)
    String deleteEvidence(@PathVariable Long id, @PathVariable Long evidenceId, RedirectAttributes redirect) {
        practices.deleteEvidence(id, evidenceId);
        redirect.addFlashAttribute("flashSuccess", "practices.flash.evidenceDeleted");
        return "redirect:/practices/" + id + "#criteria";
    }

    @GetMapping("/{id}/evidence/{evidenceId}/file")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> evidenceFile(@PathVariable Long id, @PathVariable Long evidenceId) {
        CriterionEvidence e = practices.evidenceFile(id, evidenceId);
        return download(e.getFileName(), e.getFileKind(), e.getFileData());
    }

    // ---- attachments -----------------------------------------------------------------------------------------

    @PostMapping("/{id}/attachments")
    @PreAuthorize(BODY_WRITERS)
    String addAttachment(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file,
                         Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        Practice p = practices.view(id);
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainException("practices.file.empty");
            }
            practices.addAttachment(id, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("flashSuccess", "practices.flash.attached");
            return "redirect:/practices/" + id + "#attachments";
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute("attachmentError", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
            return cardPage(p, model);
        }
    }

    @PostMapping("/{id}/attachments/{attachmentId}/delete")
    @PreAuthorize(BODY_WRITERS)
    String deleteAttachment(@PathVariable Long id, @PathVariable Long attachmentId, RedirectAttributes redirect) {
        practices.deleteAttachment(id, attachmentId);
        redirect.addFlashAttribute("flashSuccess", "practices.flash.detached");
        return "redirect:/practices/" + id + "#attachments";
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> attachment(@PathVariable Long id, @PathVariable Long attachmentId) {
        PracticeAttachment a = practices.attachment(id, attachmentId);
        return download(a.getFileName(), a.getKind(), a.getData());
    }

    // ---- replication -----------------------------------------------------------------------------------------

    @PostMapping("/{id}/replications")
    @PreAuthorize(CARD_WRITERS)
    String addReplication(@PathVariable Long id, @Valid @ModelAttribute("replicationForm") CardForms.ReplicationForm form,
                          BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Practice p = practices.view(id);
        if (!result.hasErrors()) {
            try {
                practices.addReplication(id, form.regionCode(), form.since(), form.link());
                redirect.addFlashAttribute("flashSuccess", "practices.flash.replicationAdded");
                return "redirect:/practices/" + id + "#replication";
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        response.setStatus(422);
        return cardPage(p, model);
    }

    @PostMapping("/{id}/snapshots")
    @PreAuthorize(CARD_WRITERS)
    String addSnapshot(@PathVariable Long id, @Valid @ModelAttribute("snapshotForm") CardForms.SnapshotForm form,
                       BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Practice p = practices.view(id);
        if (!result.hasErrors()) {
            try {
                practices.addSnapshot(id, form.takenOn(), form.regionsCount(), form.likes(), form.views());
                redirect.addFlashAttribute("flashSuccess", "practices.flash.snapshotAdded");
                return "redirect:/practices/" + id + "#replication";
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        response.setStatus(422);
        return cardPage(p, model);
    }

    // ---- page assembly -----------------------------------------------------------------------------------------

    private String formPage(Model model, Practice practice) {
        CurrentUser user = CurrentUsers.get();
        LocalDate today = LocalDate.now(clock);
        Long bodyId = practice != null ? practice.getBodyId() : user.bodyId();
        model.addAttribute("practice", practice);
        model.addAttribute("categories", bodyId == null ? List.of() : directory.categoriesOf(bodyId, today));
        model.addAttribute("municipalities", directory.municipalities().stream().filter(m -> m.existsOn(today)).toList());
        return "practices/form";
    }

    private String cardPage(Practice p, Model model) {
        CurrentUser user = CurrentUsers.get();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("practice", p);
        model.addAttribute("category", directory.category(p.getCategoryId()));
        model.addAttribute("body", directory.body(p.getBodyId()));
        model.addAttribute("municipality", p.getMunicipalityId() == null ? null : directory.municipality(p.getMunicipalityId()));
        model.addAttribute("statusNames", practices.statusNames());
        model.addAttribute("timeline", practices.timeline(p.getId()));
        model.addAttribute("missing", p.missingSections());
        model.addAttribute("criteria", directory.placementCriteria());
        model.addAttribute("verdict", practices.verdict(p, today));
        model.addAttribute("rating", practices.ratingOn(today));
        model.addAttribute("evidence", practices.evidenceOf(p.getId()));
        model.addAttribute("attachments", practices.attachmentsOf(p.getId()));
        model.addAttribute("replications", practices.replicationsOf(p.getId()));
        model.addAttribute("snapshots", practices.snapshotsOf(p.getId()));
        List<FederalSubject> regions = practices.russianRegions();
        model.addAttribute("russianRegions", regions);
        model.addAttribute("regionNames", regions.stream()
                .collect(Collectors.toMap(FederalSubject::getCode, FederalSubject::getName)));
        model.addAttribute("maxFileMb", practices.maxAttachmentMb());
        boolean canEdit = access.canEdit(user, p);
        boolean canDecide = access.canRecordSmartekaDecision(user, p);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("cardEditable", canEdit && PlacementWorkflow.cardEditable(p.getStatus()));
        model.addAttribute("canRecordReplication", canDecide && PlacementWorkflow.PUBLISHED.equals(p.getStatus()));
        Map<String, Boolean> moves = new LinkedHashMap<>();
        for (String to : PlacementWorkflow.nextOf(p.getStatus())) {
            boolean allowed = PlacementWorkflow.isSmartekaDecision(to) ? canDecide : canEdit;
            if (allowed) {
                moves.put(to, PlacementWorkflow.requiresReason(to));
            }
        }
        model.addAttribute("moves", moves);
        model.addAttribute("today", today);
        if (!model.containsAttribute("moveForm")) {
            model.addAttribute("moveForm", new CardForms.MoveForm(null, null, null, null, null));
        }
        if (!model.containsAttribute("evidenceForm")) {
            model.addAttribute("evidenceForm", new CardForms.EvidenceForm(null, null, null, null, null, null, null, null, null));
        }
        if (!model.containsAttribute("replicationForm")) {
            model.addAttribute("replicationForm", new CardForms.ReplicationForm(null, today, null));
        }
        if (!model.containsAttribute("snapshotForm")) {
            model.addAttribute("snapshotForm", new CardForms.SnapshotForm(today, null, null, null));
        }
        return "practices/card";
    }

    private static ResponseEntity<byte[]> download(String name, FileKind kind, byte[] data) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(kind.contentType()))
                .body(data);
    }
}
