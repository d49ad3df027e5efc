package ru.praktika.reporting;

import java.time.LocalDate;
import java.util.List;
import ru.praktika.adoption.ImplementationsForReport.OverdueActivityLine;

/** The consolidated report for a quarter or a year across all bodies (cl. 7, the coordinator's summary). */
public record ConsolidatedReport(String scope, String scopeLabel, LocalDate asOf, LocalDate generatedOn,
                                 List<CategoryCount> byCategory, List<BodyCount> byBody,
                                 List<PlacementRow> placements, List<ImplementationRow> implementations,
                                 List<OverdueRow> overdueActivities, List<DisciplineRow> discipline) {

    public record CategoryCount(String category, int placements, int implementations) {
    }

    public record BodyCount(String body, int placements, int implementations, String reportStatus) {
    }

    public record PlacementRow(String body, String category, String title, String status, LocalDate submittedOn,
                               String smartekaNumber, LocalDate publishedOn, String smartekaUrl, String comment) {
    }

    public record ImplementationRow(String body, String practice, String sourceRegion, String smartekaUrl,
                                    String status, String result, String responsible, String comment) {
    }

    public record OverdueRow(String body, OverdueActivityLine activity) {
    }

    public record DisciplineRow(String period, String body, String status, LocalDate deadline, String submittedOn) {
    }
}
