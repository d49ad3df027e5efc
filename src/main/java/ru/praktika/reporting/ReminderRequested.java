package ru.praktika.reporting;

import java.time.LocalDate;

/**
 * The coordinator asked, with one click, to remind a body of its report. Reporting does not send anything
 * itself: the notifications module listens.
 */
public record ReminderRequested(Long bodyId, String periodCode, String periodLabel, LocalDate deadline,
                                String requestedBy, java.time.Instant requestedAt) {
}
