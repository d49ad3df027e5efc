/**
 * Dashboards: the region's work at a glance for every role (issue 13, point 1). Reads only the aggregate
 * API types of the modules it shows ({@code practices.PracticeFigures}, {@code adoption.AdoptionFigures},
 * {@code reporting.ReportingFigures}) and the directory; nobody depends on it.
 */
package ru.praktika.dashboard;
