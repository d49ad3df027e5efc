package ru.praktika.reporting;

/** A body's report was signed off and submitted (version {@code version}). */
public record ReportSubmitted(Long reportId, Long bodyId, String periodCode, String periodLabel, int version, boolean late) {
}
