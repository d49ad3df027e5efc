package ru.praktika.reporting;

/** The officer sent a body's report to the head for sign-off. */
public record ReportSentForSignOff(Long reportId, Long bodyId, String periodCode, String periodLabel) {
}
