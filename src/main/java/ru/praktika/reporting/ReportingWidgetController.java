package ru.praktika.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.CurrentUsers;

/** The home page's reporting card, loaded by htmx: the body's current report or the board's summary. */
@Controller
class ReportingWidgetController {

    private final ReportingSchedule schedule;
    private final BodyReports reports;
    private final CoordinatorBoard board;
    private final ReportStatuses statuses;
    private final Clock clock;

    ReportingWidgetController(ReportingSchedule schedule, BodyReports reports, CoordinatorBoard board,
                              ReportStatuses statuses, Clock clock) {
        this.schedule = schedule;
        this.reports = reports;
        this.board = board;
        this.statuses = statuses;
        this.clock = clock;
    }

    @GetMapping("/reporting/widget")
    String widget(Model model) {
        CurrentUser me = CurrentUsers.get();
        LocalDate today = LocalDate.now(clock);
        ReportingPeriod period = schedule.lastEnded(today);
        model.addAttribute("period", period);
        if (me.seesAllBodies()) {
            var rows = board.rows(period.code());
            model.addAttribute("boardRows", rows.size());
            model.addAttribute("boardSubmitted", rows.stream().filter(r -> r.daysLeft() == null).count());
            model.addAttribute("boardOverdue", rows.stream().filter(CoordinatorBoard.Row::overdue).count());
        } else if (me.bodyId() != null && (me.has(ru.praktika.platform.security.Role.OFFICER)
                || me.has(ru.praktika.platform.security.Role.HEAD))) {
            BodyReport report = reports.find(me.bodyId(), period.code()).orElse(null);
            model.addAttribute("bodyId", me.bodyId());
            model.addAttribute("status", statuses.get(BoardStatus.of(report, period.deadline(), today)));
            model.addAttribute("daysLeft", BoardStatus.awaitsSubmission(report)
                    ? ChronoUnit.DAYS.between(today, period.deadline()) : null);
        }
        return "reporting/widget";
    }
}
