package ru.praktika.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import ru.praktika.platform.RussianPlural;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;
import ru.praktika.reporting.ReportingFigures;

/** The dashboard page and each chart's data (JSON for the browser, XLSX to download). */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','OBSERVER','HEAD','OFFICER','MUNICIPALITY')")
class DashboardController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DashboardCharts charts;
    private final ChartWorkbook workbook;
    private final DashboardVisits visits;
    private final ChangesSinceVisit changes;
    private final ReportingFigures reporting;
    private final ChartTexts texts;
    private final Clock clock;

    DashboardController(DashboardCharts charts, ChartWorkbook workbook, DashboardVisits visits, ChangesSinceVisit changes,
                        ReportingFigures reporting, ChartTexts texts, Clock clock) {
        this.charts = charts;
        this.workbook = workbook;
        this.visits = visits;
        this.changes = changes;
        this.reporting = reporting;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String page(@RequestParam(required = false) String year, Model model) {
        CurrentUser me = CurrentUsers.get();
        int thisYear = LocalDate.now(clock).getYear();
        Integer chosen = DashboardYear.parse(year, thisYear);
        List<String> visible = DashboardCharts.visibleTo(me);
        model.addAttribute("groups", DashboardCharts.groupsFor(me));
        model.addAttribute("yearParam", chosen == null ? DashboardYear.ALL : String.valueOf(chosen));
        model.addAttribute("years", IntStream.rangeClosed(thisYear - 4, thisYear).boxed().sorted((a, b) -> b - a).toList());
        model.addAttribute("wholeRegion", me.seesAllBodies());
        model.addAttribute("municipal", visible.equals(DashboardCharts.MUNICIPALITY));
        if (!visible.equals(DashboardCharts.MUNICIPALITY)) {
            model.addAttribute("countdown", countdown());
        }
        var previous = visits.visit(me.id());
        if (!me.seesAllBodies() && me.bodyId() != null) {
            model.addAttribute("changes", previous.map(since -> changes.since(me.bodyId(), since)).orElse(null));
            model.addAttribute("firstVisit", previous.isEmpty());
        }
        return "dashboard/dashboard";
    }

    @GetMapping(path = "/dashboard/charts/{chart}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ChartData chart(@PathVariable String chart, @RequestParam(required = false) String year) {
        return build(chart, year);
    }

    @GetMapping("/dashboard/charts/{chart}/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String chart, @RequestParam(required = false) String year) {
        ChartData data = build(chart, year);
        String name = "dashboard-" + data.id() + "-" + LocalDate.now(clock) + ".xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(XLSX))
                .body(workbook.write(data));
    }

    private ChartData build(String chart, String year) {
        CurrentUser me = CurrentUsers.get();
        int thisYear = LocalDate.now(clock).getYear();
        return charts.chart(chart, me, ChartRequest.of(me, DashboardYear.parse(year, thisYear), thisYear));
    }

    private String countdown() {
        ReportingFigures.Countdown c = reporting.countdown();
        String deadline = DAY.format(c.period().deadline());
        if (c.daysLeft() == 0) {
            return texts.get("dashboard.countdown.today", c.period().label(), deadline);
        }
        return texts.get("dashboard.countdown", c.period().label(), deadline,
                texts.get("dashboard.countdown.days." + RussianPlural.form(c.daysLeft()), texts.number(c.daysLeft())));
    }
}
