package ru.praktika.reporting;

import java.time.LocalDate;
import java.util.List;
import ru.praktika.adoption.ImplementationsForReport.OverdueActivityLine;

/**
 * The consolidated report for a period or a year across all bodies (cl. 7, the summary of the coordinator).
 * Only submitted reports are counted; {@code notSubmitted} names the bodies whose report for the last period
 * of the scope has not been submitted.
 */
public record ConsolidatedReport(String scope, String scopeLabel, LocalDate asOf, LocalDate generatedOn,
                                 List<CategoryCount> byCategory, List<BodyCount> byBody,
                                 List<PlacementRow> placements, List<ImplementationRow> implementations,
                                 List<OverdueRow> overdueActivities, List<DisciplineRow> discipline,
                                 List<String> notSubmitted) {

    public record CategoryCount(String category, int placements, int implementations) {
    }

    public record BodyCount(String body, int placements, int implementations, String reportStatus) {
    }

    public record PlacementRow(String body, String category, String title, String status, LocalDate submittedOn,
                               String smartekaNumber, LocalDate publishedOn, String smartekaUrl, String comment) {
    }

    public record ImplementationRow(String body, String practice, String sourceRegion, String smartekaUrl,
                                    String status, String planned, String achieved, String responsible, String comment) {

        /** What the page shows in one column: the achieved result, or the planned one while none is. */
        public String result() {
            return achieved != null && !achieved.isBlank() ? achieved : planned;
        }
    }

    public record OverdueRow(String body, OverdueActivityLine activity) {
    }

    public record DisciplineRow(String period, String body, String status, LocalDate deadline, String submittedOn) {
    }
}
