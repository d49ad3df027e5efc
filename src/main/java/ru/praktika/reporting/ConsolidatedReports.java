package ru.praktika.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.adoption.ImplementationsForReport;
import ru.praktika.adoption.ImplementationsForReport.ImplementationLine;
import ru.praktika.directory.Category;
import ru.praktika.directory.Directory;
import ru.praktika.directory.ResponsibleBody;
import ru.praktika.platform.NotFoundException;
import ru.praktika.practices.OwnPracticesForReport.PlacementLine;
import ru.praktika.reporting.ConsolidatedReport.BodyCount;
import ru.praktika.reporting.ConsolidatedReport.CategoryCount;
import ru.praktika.reporting.ConsolidatedReport.DisciplineRow;
import ru.praktika.reporting.ConsolidatedReport.ImplementationRow;
import ru.praktika.reporting.ConsolidatedReport.OverdueRow;
import ru.praktika.reporting.ConsolidatedReport.PlacementRow;

/**
 * Builds the consolidated report. A body's rows come from what it submitted for the last period of the
 * scope (the frozen version); a body that has submitted nothing is named as such and its live data are not
 * counted. Categories follow the order of App. 1.
 */
@Service
@Transactional(readOnly = true)
public class ConsolidatedReports {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ReportingSchedule schedule;
    private final CoordinatorBoard board;
    private final BodyReportRepository reports;
    private final ReportVersionRepository versions;
    private final BodyReports bodyReports;
    private final Directory directory;
    private final ImplementationsForReport implementations;
    private final ReportStatuses statuses;
    private final MessageSource messages;
    private final Clock clock;

    ConsolidatedReports(ReportingSchedule schedule, CoordinatorBoard board, BodyReportRepository reports,
                        ReportVersionRepository versions, BodyReports bodyReports, Directory directory,
                        ImplementationsForReport implementations, ReportStatuses statuses, MessageSource messages,
                        Clock clock) {
        this.schedule = schedule;
        this.board = board;
        this.reports = reports;
        this.versions = versions;
        this.bodyReports = bodyReports;
        this.directory = directory;
        this.implementations = implementations;
        this.statuses = statuses;
        this.messages = messages;
        this.clock = clock;
    }

    /** {@code scope}: a period code ({@code 2026-Q3}) or a year ({@code 2026}). */
    public ConsolidatedReport build(String scope) {
        List<ReportingPeriod> periods = periods(scope);
        ReportingPeriod last = periods.get(periods.size() - 1);
        LocalDate today = LocalDate.now(clock);
        Map<String, List<ResponsibleBody>> owing = board.reportingBodies(periods);
        List<ResponsibleBody> bodies = owing.get(last.code());
        // the scope's reports in one query: the last period's rows and every period's discipline
        List<BodyReport> scopeReports = reports.findByPeriodCodeIn(periods.stream().map(ReportingPeriod::code).toList());
        Map<String, BodyReport> lastReports = scopeReports.stream().filter(r -> r.getPeriodCode().equals(last.code()))
                .collect(Collectors.toMap(r -> String.valueOf(r.getBodyId()), Function.identity()));
        List<Category> categories = directory.categories();
        Map<Long, List<ReportVersion>> versionsByReport = versions.findByReports(
                        lastReports.values().stream().map(BodyReport::getId).toList()).stream()
                .collect(Collectors.groupingBy(v -> reportIdOf(v, lastReports.values())));

        Map<String, int[]> byCategory = new LinkedHashMap<>();
        List<BodyCount> byBody = new ArrayList<>();
        List<PlacementRow> placementRows = new ArrayList<>();
        List<ImplementationRow> implementationRows = new ArrayList<>();
        List<String> notSubmitted = new ArrayList<>();
        for (Category c : categories) {
            byCategory.put(c.getName(), new int[2]);
        }
        for (ResponsibleBody body : bodies) {
            BodyReport report = lastReports.get(String.valueOf(body.getId()));
            ReportContent.Snapshot content = contentOf(report, versionsByReport);
            String name = body.getShortName();
            if (content == null) {
                notSubmitted.add(name);
                byBody.add(new BodyCount(name, 0, 0, statuses.get(BoardStatus.of(report, last.deadline(), today)).getName()));
                continue;
            }
            for (ReportContent.CategorySection s : content.content().placements()) {
                byCategory.computeIfAbsent(s.categoryName(), k -> new int[2])[0] += s.rows().size();
                for (PlacementLine p : s.rows()) {
                    placementRows.add(new PlacementRow(name, s.categoryName(), p.title(), p.statusName(), p.submittedOn(),
                            p.smartekaApplicationNumber(), p.publishedOn(), p.smartekaUrl(),
                            content.rowComments().get(ReportContent.placementKey(p))));
                }
            }
            for (ImplementationLine i : content.content().implementations()) {
                byCategory.computeIfAbsent(i.categoryName() == null ? "—" : i.categoryName(), k -> new int[2])[1]++;
                implementationRows.add(new ImplementationRow(name, i.practiceTitle(), i.sourceRegion(), i.smartekaUrl(),
                        i.statusName(), i.plannedResult(), i.achievedResult(), responsible(i),
                        content.rowComments().get(ReportContent.implementationKey(i))));
            }
            byBody.add(new BodyCount(name, content.content().placementCount(), content.content().implementations().size(),
                    statuses.get(BoardStatus.of(report, last.deadline(), today)).getName()));
        }
        Map<Long, String> names = bodies.stream().collect(Collectors.toMap(ResponsibleBody::getId, ResponsibleBody::getShortName));
        List<OverdueRow> overdue = implementations.overdueActivities(null, last.end()).stream()
                .sorted(Comparator.comparing(ImplementationsForReport.OverdueActivityLine::dueDate))
                .map(a -> new OverdueRow(names.getOrDefault(a.bodyId(), "—"), a)).toList();
        Map<String, Integer> order = new java.util.HashMap<>();
        categories.forEach(c -> order.put(c.getName(), c.getSortOrder()));
        placementRows.sort(Comparator.comparing((PlacementRow p) -> order.getOrDefault(p.category(), Integer.MAX_VALUE)));
        return new ConsolidatedReport(scope, scopeLabel(scope, periods), last.end(), today,
                byCategory.entrySet().stream().map(e -> new CategoryCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(),
                byBody, placementRows, implementationRows, overdue, discipline(periods, today, owing, scopeReports), notSubmitted);
    }

    /** Who reported late or not at all, period by period (only periods whose deadline has passed count). */
    private List<DisciplineRow> discipline(List<ReportingPeriod> periods, LocalDate today,
                                           Map<String, List<ResponsibleBody>> owing, List<BodyReport> scopeReports) {
        List<DisciplineRow> rows = new ArrayList<>();
        Map<String, BodyReport> all = scopeReports.stream().collect(Collectors.toMap(r -> r.getPeriodCode() + "/" + r.getBodyId(), Function.identity()));
        for (ReportingPeriod p : periods) {
            if (!today.isAfter(p.deadline())) {
                continue;
            }
            for (ResponsibleBody body : owing.get(p.code())) {
                BodyReport r = all.get(p.code() + "/" + body.getId());
                boolean notSubmitted = r == null || r.getFirstSubmittedAt() == null;
                boolean late = r != null && Boolean.TRUE.equals(r.getLate());
                if (notSubmitted || late) {
                    String submitted = notSubmitted ? "—"
                            : DATE.format(r.getFirstSubmittedAt().atZone(clock.getZone()).toLocalDate());
                    rows.add(new DisciplineRow(p.label(), body.getShortName(),
                            statuses.get(notSubmitted ? ReportStatus.OVERDUE : ReportStatus.SUBMITTED_LATE).getName(),
                            p.deadline(), submitted));
                }
            }
        }
        return rows;
    }

    /** The last submitted version, or null when the body has submitted nothing for the period. */
    private ReportContent.Snapshot contentOf(BodyReport report, Map<Long, List<ReportVersion>> versionsByReport) {
        if (report != null && report.getFirstSubmittedAt() != null) {
            List<ReportVersion> list = versionsByReport.getOrDefault(report.getId(), List.of());
            if (!list.isEmpty()) {
                return bodyReports.snapshot(list.get(list.size() - 1));
            }
        }
        return null;
    }

    private static Long reportIdOf(ReportVersion v, Collection<BodyReport> reports) {
        return v.getReportId();
    }

    private static String responsible(ImplementationLine i) {
        return java.util.stream.Stream.of(i.responsibleFullName(), i.responsiblePosition(), i.responsiblePhone(),
                        i.responsibleEmail())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
    }

    List<ReportingPeriod> periods(String scope) {
        if (scope != null && scope.matches("\\d{4}")) {
            return schedule.periodsOf(Integer.parseInt(scope));
        }
        if (scope == null) {
            throw new NotFoundException("scope", scope);
        }
        return List.of(schedule.period(scope));
    }

    private String scopeLabel(String scope, List<ReportingPeriod> periods) {
        if (scope.matches("\\d{4}")) {
            return messages.getMessage("reporting.period.YEAR", new Object[] {"", scope, 1}, java.util.Locale.forLanguageTag("ru-RU"));
        }
        return periods.get(0).label();
    }
}
