package ru.praktika.reporting;

/** The coordinator accepted a body's report. */
public record ReportAccepted(Long reportId, Long bodyId, String periodCode, String periodLabel) {
}
