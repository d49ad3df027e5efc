package ru.praktika.reporting;

import java.time.LocalDate;

/**
 * How a body's report for a period is named on a given day: the stored status plus the deadline. The one rule
 * for the board, the report page and the dashboard's heat map ({@link ReportingFigures#classify}).
 */
final class BoardStatus {

    private BoardStatus() {
    }

    static String of(BodyReport report, LocalDate deadline, LocalDate today) {
        return report == null ? of(null, null, false, deadline, today)
                : of(report.getStatus(), report.getLate(), report.getFirstSubmittedAt() != null, deadline, today);
    }

    /**
     * @param stored         the stored status, null when the body has no report yet
     * @param everSubmitted  the report reached the coordinator once (a draft after a return is not overdue)
     */
    static String of(String stored, Boolean late, boolean everSubmitted, LocalDate deadline, LocalDate today) {
        boolean pastDeadline = today.isAfter(deadline);
        if (stored == null) {
            return pastDeadline ? ReportStatus.OVERDUE : ReportStatus.NOT_STARTED;
        }
        return switch (stored) {
            case ReportStatus.DRAFT, ReportStatus.AWAITING_SIGNOFF ->
                    pastDeadline && !everSubmitted ? ReportStatus.OVERDUE : stored;
            case ReportStatus.SUBMITTED ->
                    Boolean.TRUE.equals(late) ? ReportStatus.SUBMITTED_LATE : ReportStatus.SUBMITTED_ON_TIME;
            default -> stored;
        };
    }

    /** Not yet (re)submitted: the deadline still matters for it. */
    static boolean awaitsSubmission(BodyReport report) {
        return report == null || !report.isSubmitted();
    }
}
