package ru.praktika.reporting;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.praktika.adoption.ImplementationsForReport.ImplementationLine;
import ru.praktika.practices.OwnPracticesForReport.PlacementLine;

/**
 * The rows of a body's report as assembled from the data on {@code asOf}: section 1 (cl. 7.1) by the body's
 * categories, section 2 (cl. 7.2).
 */
public record ReportContent(Long bodyId, String bodyName, String periodCode, String periodLabel, LocalDate asOf,
                            List<CategorySection> placements, List<ImplementationLine> implementations) {

    public boolean isEmpty() {
        return placementCount() == 0 && implementations.isEmpty();
    }

    public int placementCount() {
        return placements.stream().mapToInt(s -> s.rows().size()).sum();
    }

    public Set<String> rowKeys() {
        Set<String> keys = new LinkedHashSet<>();
        placements.forEach(s -> s.rows().forEach(r -> keys.add(placementKey(r))));
        implementations.forEach(i -> keys.add(implementationKey(i)));
        return keys;
    }

    public static String placementKey(PlacementLine line) {
        return "P:" + line.practiceId();
    }

    public static String implementationKey(ImplementationLine line) {
        return "I:" + line.implementationId();
    }

    /** One of the body's categories with its practices (possibly none). */
    public record CategorySection(Long categoryId, String categoryName, List<PlacementLine> rows) {
    }

    /** What was submitted: the rows plus what people wrote, frozen as JSON in a {@link ReportVersion}. */
    public record Snapshot(ReportContent content, String comment, Map<String, String> rowComments,
                           boolean nothingToReport, String signedBy) {
    }
}
