package ru.praktika.reporting;

import java.time.Clock;
import java.time.LocalDate;
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
import ru.praktika.platform.security.CurrentUsers;

/** The coordinator's board and the consolidated report with its exports. */
@Controller
@RequestMapping("/reporting")
class BoardController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CoordinatorBoard board;
    private final ConsolidatedReports consolidated;
    private final ReportingSchedule schedule;
    private final ReportDocuments documents;
    private final DocxWriter docx;
    private final XlsxWriter xlsx;
    private final PdfWriter pdf;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    BoardController(CoordinatorBoard board, ConsolidatedReports consolidated, ReportingSchedule schedule,
                    ReportDocuments documents, DocxWriter docx, XlsxWriter xlsx, PdfWriter pdf, Clock clock,
                    org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.board = board;
        this.consolidated = consolidated;
        this.schedule = schedule;
        this.documents = documents;
        this.docx = docx;
        this.xlsx = xlsx;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/board")
    @PreAuthorize("hasAnyRole('COORDINATOR','OBSERVER')")
    String board(@RequestParam(required = false) String period, Model model) {
        LocalDate today = LocalDate.now(clock);
        ReportingPeriod p = period == null ? schedule.lastEnded(today) : schedule.period(period);
        model.addAttribute("period", p);
        model.addAttribute("periods", choices(schedule.recentWithRunning(today, 8), today));
        model.addAttribute("running", p.runningOn(today));
        model.addAttribute("rows", board.rows(p.code()));
        model.addAttribute("today", today);
        return "reporting/board";
    }

    @PostMapping("/board/{period}/bodies/{bodyId}/remind")
    @PreAuthorize("hasRole('COORDINATOR')")
    String remind(@PathVariable String period, @PathVariable Long bodyId, RedirectAttributes redirect) {
        board.remind(bodyId, period, CurrentUsers.get().fullName());
        redirect.addFlashAttribute("flashSuccess", "reporting.reminded");
        return "redirect:/reporting/board?period=" + period;
    }

    @GetMapping("/consolidated")
    @PreAuthorize("hasAnyRole('COORDINATOR','OBSERVER')")
    String consolidated(@RequestParam(required = false) String scope, Model model) {
        String s = scope(scope);
        model.addAttribute("report", consolidated.build(s));
        model.addAttribute("running", !s.matches("\\d{4}") && schedule.period(s).runningOn(LocalDate.now(clock)));
        model.addAttribute("scopes", scopes());
        return "reporting/consolidated";
    }

    @GetMapping("/consolidated/export.docx")
    @PreAuthorize("hasAnyRole('COORDINATOR','OBSERVER')")
    ResponseEntity<byte[]> docx(@RequestParam(required = false) String scope) {
        OfficialDocument d = documents.consolidated(consolidated.build(scope(scope)));
        return ReportController.file(docx.write(d), d.fileName() + ".docx", ReportController.DOCX);
    }

    @GetMapping("/consolidated/export.xlsx")
    @PreAuthorize("hasAnyRole('COORDINATOR','OBSERVER')")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String scope) {
        OfficialDocument d = documents.consolidated(consolidated.build(scope(scope)));
        return ReportController.file(xlsx.write(d), d.fileName() + ".xlsx", XLSX);
    }

    @GetMapping("/consolidated/export.pdf")
    @PreAuthorize("hasAnyRole('COORDINATOR','OBSERVER')")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String scope) {
        OfficialDocument d = documents.consolidated(consolidated.build(scope(scope)));
        return ReportController.file(pdf.write(d), d.fileName() + ".pdf", MediaType.APPLICATION_PDF);
    }

    /** Code and shown name of each period; the running one says so, as every period list must. */
    private java.util.List<String[]> choices(java.util.List<ReportingPeriod> periods, LocalDate today) {
        return periods.stream().map(p -> new String[] {p.code(), p.runningOn(today)
                ? messages.getMessage("reporting.runningOption", new Object[] {p.label()}, java.util.Locale.forLanguageTag("ru-RU"))
                : p.label()}).toList();
    }

    private String scope(String scope) {
        return scope == null || scope.isBlank() ? schedule.lastEnded(LocalDate.now(clock)).code() : scope;
    }

    private java.util.List<String[]> scopes() {
        LocalDate today = LocalDate.now(clock);
        java.util.List<String[]> list = new java.util.ArrayList<>();
        list.addAll(choices(schedule.recentWithRunning(today, 8), today));
        for (int y = today.getYear(); y >= today.getYear() - 2; y--) {
            list.add(new String[] {String.valueOf(y), String.valueOf(y)});
        }
        return list;
    }
}
