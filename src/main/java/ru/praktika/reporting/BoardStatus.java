package ru.praktika.reporting;

import java.time.LocalDate;

/** How the board names a body's report for a period on a given day: the stored status plus the deadline. */
final class BoardStatus {

    private BoardStatus() {
    }

    static String of(BodyReport report, LocalDate deadline, LocalDate today) {
        boolean pastDeadline = today.isAfter(deadline);
        if (report == null) {
            return pastDeadline ? ReportStatus.OVERDUE : ReportStatus.NOT_STARTED;
        }
        return switch (report.getStatus()) {
            case ReportStatus.DRAFT, ReportStatus.AWAITING_SIGNOFF ->
                    pastDeadline && report.getFirstSubmittedAt() == null ? ReportStatus.OVERDUE : report.getStatus();
            case ReportStatus.SUBMITTED ->
                    Boolean.TRUE.equals(report.getLate()) ? ReportStatus.SUBMITTED_LATE : ReportStatus.SUBMITTED_ON_TIME;
            default -> report.getStatus();
        };
    }

    /** Not yet (re)submitted: the deadline still matters for it. */
    static boolean awaitsSubmission(BodyReport report) {
        return report == null || !report.isSubmitted();
    }
}
