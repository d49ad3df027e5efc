package ru.praktika.reporting;

import java.time.LocalDate;

/**
 * One reporting period of the region's rule: its code ({@code 2026-Q3}, {@code 2026-H1}, {@code 2026-Y}),
 * its Russian name, its days, the due date the decree names and the deadline after the working-day shift.
 */
public record ReportingPeriod(String code, String label, int year, int index, LocalDate start, LocalDate end,
                              LocalDate dueDate, LocalDate deadline) {

    public boolean endedBy(LocalDate day) {
        return day.isAfter(end);
    }

    /** The period {@code day} falls in: its report may be drafted and previewed, not yet sent as final. */
    public boolean runningOn(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
