package ru.praktika.adoption;

import java.time.LocalDate;
import java.util.List;

/**
 * What the quarterly report needs of the other regions' practices a body implements (cl. 7.2): name,
 * Smarteka link, achieved or planned result, position and contacts of the person responsible — as
 * they stood on {@code asOf}. The reporting module reads this; it never reads the adoption tables.
 */
public interface ImplementationsForReport {

    List<ImplementationLine> implementations(Long bodyId, LocalDate asOf);

    /** Roadmap activities past their due date and not done on {@code asOf}; {@code bodyId} null means all bodies. */
    List<OverdueActivityLine> overdueActivities(Long bodyId, LocalDate asOf);

    record ImplementationLine(Long implementationId, String practiceTitle, String sourceRegion, String smartekaUrl,
                              Long categoryId, String categoryName, String status, String statusName,
                              String plannedResult, String achievedResult, String responsibleFullName,
                              String responsiblePosition, String responsiblePhone, String responsibleEmail,
                              int progressPercent) {
    }

    record OverdueActivityLine(Long activityId, Long implementationId, Long bodyId, String practiceTitle,
                               String activityNumber, String activityTitle, LocalDate dueDate,
                               String responsibleName, Long responsibleUserId, String explanation) {
    }
}
