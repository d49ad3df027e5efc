package ru.praktika.reporting;

/** The coordinator returned a body's report with a reason. */
public record ReportReturned(Long reportId, Long bodyId, String periodCode, String periodLabel, String reason) {
}
