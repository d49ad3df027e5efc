package ru.praktika.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import ru.praktika.directory.Directory;
import ru.praktika.directory.Region;
import ru.praktika.directory.Region.DeadlineShift;
import ru.praktika.directory.Region.ReportPeriod;
import ru.praktika.platform.NotFoundException;

/**
 * Reporting periods and their deadlines, generated from the region's reporting rule (period length, due day,
 * months after the period, shift rule) and the production calendar. Nothing about Amur is written here.
 */
@Service
public class ReportingSchedule {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|Y)");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final Directory directory;
    private final ProductionCalendar calendar;
    private final MessageSource messages;

    ReportingSchedule(Directory directory, ProductionCalendar calendar, MessageSource messages) {
        this.directory = directory;
        this.calendar = calendar;
        this.messages = messages;
    }

    public List<ReportingPeriod> periodsOf(int year) {
        return periodsOf(year, rule());
    }

    public ReportingPeriod period(String code) {
        Matcher m = code == null ? null : CODE.matcher(code);
        if (m == null || !m.matches()) {
            throw new NotFoundException("period", code);
        }
        return periodsOf(Integer.parseInt(m.group(1)), rule()).stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("period", code));
    }

    /** The latest period that has ended by {@code today}: the one whose report is being prepared. */
    public ReportingPeriod lastEnded(LocalDate today) {
        Rule rule = rule();
        List<ReportingPeriod> all = new ArrayList<>(periodsOf(today.getYear() - 1, rule));
        all.addAll(periodsOf(today.getYear(), rule));
        ReportingPeriod last = null;
        for (ReportingPeriod p : all) {
            if (p.endedBy(today)) {
                last = p;
            }
        }
        return last;
    }

    /** The {@code count} periods ended by {@code today}, latest first. */
    public List<ReportingPeriod> recentEnded(LocalDate today, int count) {
        return recentEnded(today, count, rule());
    }

    private List<ReportingPeriod> recentEnded(LocalDate today, int count, Rule rule) {
        List<ReportingPeriod> all = new ArrayList<>();
        for (int y = today.getYear() - 2; y <= today.getYear(); y++) {
            all.addAll(periodsOf(y, rule));
        }
        List<ReportingPeriod> ended = new ArrayList<>(all.stream().filter(p -> p.endedBy(today)).toList());
        java.util.Collections.reverse(ended);
        return ended.subList(0, Math.min(count, ended.size()));
    }

    /** The period running on {@code today}. */
    public ReportingPeriod running(LocalDate today) {
        return running(today, rule());
    }

    private ReportingPeriod running(LocalDate today, Rule rule) {
        return periodsOf(today.getYear(), rule).stream().filter(p -> p.runningOn(today)).findFirst().orElseThrow();
    }

    /**
     * What a period list shows: the running period first (marked as running where shown), then {@code count} ended
     * ones. The region's rule is read once for all of them (it was read four times, once per year looked at).
     */
    public List<ReportingPeriod> recentWithRunning(LocalDate today, int count) {
        Rule rule = rule();
        List<ReportingPeriod> list = new ArrayList<>();
        list.add(running(today, rule));
        list.addAll(recentEnded(today, count, rule));
        return list;
    }

    /** Periods whose deadline falls in [from, to]: what a calendar feed lists. */
    public List<ReportingPeriod> deadlinesBetween(LocalDate from, LocalDate to) {
        List<ReportingPeriod> result = new ArrayList<>();
        Rule rule = rule();
        for (int y = from.getYear() - 1; y <= to.getYear(); y++) {
            periodsOf(y, rule).stream().filter(p -> !p.deadline().isBefore(from) && !p.deadline().isAfter(to))
                    .forEach(result::add);
        }
        return result;
    }

    public Rule rule() {
        Region region = region();
        return new Rule(region.getReportPeriod(), region.getReportDueDay(), region.getReportDueMonthsAfter(),
                region.getDeadlineShift());
    }

    /** The region, from the directory's reference cache (no statement per call). */
    Region region() {
        return directory.region();
    }

    List<ReportingPeriod> periodsOf(int year, Rule rule) {
        int months = rule.period().months();
        List<ReportingPeriod> list = new ArrayList<>();
        for (int i = 0; i < 12 / months; i++) {
            LocalDate start = LocalDate.of(year, i * months + 1, 1);
            LocalDate end = start.plusMonths(months).minusDays(1);
            YearMonth dueMonth = YearMonth.from(end).plusMonths(rule.monthsAfter());
            LocalDate due = dueMonth.atDay(Math.min(rule.dueDay(), dueMonth.lengthOfMonth()));
            LocalDate deadline = rule.shift() == DeadlineShift.NEXT_WORKING_DAY ? calendar.onOrNextWorkingDay(due) : due;
            list.add(new ReportingPeriod(code(rule.period(), year, i + 1), label(rule.period(), year, i + 1),
                    year, i + 1, start, end, due, deadline));
        }
        return list;
    }

    private static String code(ReportPeriod period, int year, int index) {
        return switch (period) {
            case QUARTER -> year + "-Q" + index;
            case HALF_YEAR -> year + "-H" + index;
            case YEAR -> year + "-Y";
        };
    }

    private String label(ReportPeriod period, int year, int index) {
        return messages.getMessage("reporting.period." + period.name(), new Object[] {ROMAN[index - 1], String.valueOf(year), index},
                java.util.Locale.forLanguageTag("ru-RU"));
    }

    /** The region's reporting rule, as data. */
    public record Rule(ReportPeriod period, int dueDay, int monthsAfter, DeadlineShift shift) {
    }
}
