package ru.praktika.reporting;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.directory.Directory;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.Downloads;
import ru.praktika.platform.security.AccessGuard;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;

/** A body's report: the officer reviews and comments, the head signs off, the coordinator decides. */
@Controller
@RequestMapping("/reporting")
class ReportController {

    static final String VIEWERS = "hasAnyRole('COORDINATOR','OFFICER','HEAD','OBSERVER')";
    static final MediaType DOCX = Downloads.DOCX;

    private final BodyReports reports;
    private final ReportingSchedule schedule;
    private final ReportStatuses statuses;
    private final ReportDocuments documents;
    private final DocxWriter docx;
    private final PdfWriter pdf;
    private final Directory directory;
    private final AccessGuard guard;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    ReportController(BodyReports reports, ReportingSchedule schedule, ReportStatuses statuses, ReportDocuments documents,
                     DocxWriter docx, PdfWriter pdf, Directory directory, AccessGuard guard, Clock clock,
                     org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.reports = reports;
        this.schedule = schedule;
        this.statuses = statuses;
        this.documents = documents;
        this.docx = docx;
        this.pdf = pdf;
        this.directory = directory;
        this.guard = guard;
        this.clock = clock;
    }

    /** The body's recent periods; the coordinator and observers start from the board. */
    @GetMapping
    @PreAuthorize(VIEWERS)
    String index(Model model) {
        CurrentUser me = CurrentUsers.get();
        if (me.seesAllBodies()) {
            return "redirect:/reporting/board";
        }
        LocalDate today = LocalDate.now(clock);
        List<ReportingPeriod> periods = schedule.recentWithRunning(today, 6);
        Map<ReportingPeriod, ReportStatus> rows = new LinkedHashMap<>();
        Map<String, BodyReport> stored = reports.find(me.bodyId(), periods.stream().map(ReportingPeriod::code).toList());
        for (ReportingPeriod p : periods) {
            rows.put(p, statuses.get(BoardStatus.of(stored.get(p.code()), p.deadline(), today)));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("body", directory.body(me.bodyId()));
        model.addAttribute("today", today);
        return "reporting/index";
    }

    @GetMapping("/bodies/{bodyId}/{period}")
    @PreAuthorize(VIEWERS)
    String report(@PathVariable Long bodyId, @PathVariable String period,
                  @RequestParam(required = false) Integer version, Model model) {
        guard.requireView(bodyId);
        return page(bodyId, period, version, model);
    }

    @PostMapping("/bodies/{bodyId}/{period}")
    @PreAuthorize("hasAnyRole('OFFICER','HEAD')")
    String edit(@PathVariable Long bodyId, @PathVariable String period, @RequestParam(required = false) Long version,
                @RequestParam(required = false) String comment, @RequestParam(defaultValue = "false") boolean nothingToReport,
                HttpServletRequest request, Model model, RedirectAttributes redirect) {
        guard.requireEdit(bodyId);
        Map<String, String> rowComments = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("row[") && name.endsWith("]") && values.length > 0) {
                rowComments.put(name.substring(4, name.length() - 1), values[0]);
            }
        });
        try {
            reports.edit(bodyId, period, version, comment, nothingToReport, rowComments);
        } catch (DomainException e) {
            model.addAttribute("formError", text(e));
            model.addAttribute("typedComment", comment);
            model.addAttribute("typedRows", rowComments);
            model.addAttribute("typedNothing", nothingToReport);
            return page(bodyId, period, null, model);
        }
        redirect.addFlashAttribute("flashSuccess", "reporting.saved");
        return redirectTo(bodyId, period);
    }

    @PostMapping("/bodies/{bodyId}/{period}/send")
    @PreAuthorize("hasRole('OFFICER')")
    String send(@PathVariable Long bodyId, @PathVariable String period, @RequestParam(required = false) Long version,
                RedirectAttributes redirect) {
        guard.requireEdit(bodyId);
        reports.sendForSignOff(bodyId, period, version);
        redirect.addFlashAttribute("flashSuccess", "reporting.sent");
        return redirectTo(bodyId, period);
    }

    @PostMapping("/bodies/{bodyId}/{period}/back")
    @PreAuthorize("hasRole('HEAD')")
    String back(@PathVariable Long bodyId, @PathVariable String period, @RequestParam(required = false) Long version,
                RedirectAttributes redirect) {
        guard.requireHeadOf(bodyId);
        reports.backToDraft(bodyId, period, version);
        redirect.addFlashAttribute("flashSuccess", "reporting.backToDraft");
        return redirectTo(bodyId, period);
    }

    @PostMapping("/bodies/{bodyId}/{period}/sign")
    @PreAuthorize("hasRole('HEAD')")
    String sign(@PathVariable Long bodyId, @PathVariable String period, @RequestParam(required = false) Long version,
                RedirectAttributes redirect) {
        guard.requireHeadOf(bodyId);
        reports.sign(bodyId, period, version, CurrentUsers.get().fullName());
        redirect.addFlashAttribute("flashSuccess", "reporting.signed");
        return redirectTo(bodyId, period);
    }

    @PostMapping("/bodies/{bodyId}/{period}/accept")
    @PreAuthorize("hasRole('COORDINATOR')")
    String accept(@PathVariable Long bodyId, @PathVariable String period, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        reports.accept(bodyId, period, version, CurrentUsers.get().fullName());
        redirect.addFlashAttribute("flashSuccess", "reporting.accepted");
        return redirectTo(bodyId, period);
    }

    @PostMapping("/bodies/{bodyId}/{period}/return")
    @PreAuthorize("hasRole('COORDINATOR')")
    String returnReport(@PathVariable Long bodyId, @PathVariable String period,
                        @RequestParam(required = false) Long version, @RequestParam(required = false) String reason,
                        Model model, RedirectAttributes redirect) {
        try {
            reports.returnWith(bodyId, period, version, reason, CurrentUsers.get().fullName());
        } catch (DomainException e) {
            model.addAttribute("returnError", text(e));
            model.addAttribute("typedReason", reason);
            return page(bodyId, period, null, model);
        }
        redirect.addFlashAttribute("flashSuccess", "reporting.returned");
        return redirectTo(bodyId, period);
    }

    @GetMapping("/bodies/{bodyId}/{period}/export.docx")
    @PreAuthorize(VIEWERS)
    ResponseEntity<byte[]> exportDocx(@PathVariable Long bodyId, @PathVariable String period,
                                      @RequestParam(required = false) Integer version) {
        guard.requireView(bodyId);
        OfficialDocument d = documents.bodyReport(reports.view(bodyId, period, version), LocalDate.now(clock));
        return file(docx.write(d), d.fileName() + ".docx", DOCX);
    }

    @GetMapping("/bodies/{bodyId}/{period}/export.pdf")
    @PreAuthorize(VIEWERS)
    ResponseEntity<byte[]> exportPdf(@PathVariable Long bodyId, @PathVariable String period,
                                     @RequestParam(required = false) Integer version) {
        guard.requireView(bodyId);
        OfficialDocument d = documents.bodyReport(reports.view(bodyId, period, version), LocalDate.now(clock));
        return file(pdf.write(d), d.fileName() + ".pdf", MediaType.APPLICATION_PDF);
    }

    static ResponseEntity<byte[]> file(byte[] bytes, String name, MediaType type) {
        return Downloads.attachment(bytes, name, type);
    }

    private String page(Long bodyId, String period, Integer version, Model model) {
        CurrentUser me = CurrentUsers.get();
        BodyReports.ReportView view = reports.view(bodyId, period, version);
        boolean ended = view.period().endedBy(LocalDate.now(clock));
        model.addAttribute("periodRunning", !ended);
        model.addAttribute("view", view);
        model.addAttribute("body", directory.body(bodyId));
        model.addAttribute("status", statuses.get(view.statusCode()));
        model.addAttribute("canEdit", guard.canEdit(me, bodyId) && view.editable() && view.shownVersion() == null);
        model.addAttribute("canSend", me.has(ru.praktika.platform.security.Role.OFFICER) && guard.canEdit(me, bodyId)
                && view.editable() && view.shownVersion() == null && ended);
        boolean head = me.has(ru.praktika.platform.security.Role.HEAD) && me.belongsTo(bodyId);
        model.addAttribute("canSign", head && ended && ReportStatus.AWAITING_SIGNOFF.equals(view.statusCode()));
        model.addAttribute("canDecide", me.has(ru.praktika.platform.security.Role.COORDINATOR)
                && ReportStatus.SUBMITTED.equals(view.statusCode()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("zone", clock.getZone());
        return "reporting/report";
    }

    private String text(DomainException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), java.util.Locale.forLanguageTag("ru-RU"));
    }

    private static String redirectTo(Long bodyId, String period) {
        return "redirect:/reporting/bodies/" + bodyId + "/" + period;
    }
}
