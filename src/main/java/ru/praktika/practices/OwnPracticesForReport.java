package ru.praktika.practices;

import java.time.LocalDate;
import java.util.List;

/**
 * What the quarterly report needs of a body's own practices (cl. 7.1): those placed on Smarteka or on
 * their way there, as they stood on {@code asOf}. The reporting module reads this; it never reads the
 * practices tables.
 */
public interface OwnPracticesForReport {

    List<PlacementLine> placements(Long bodyId, LocalDate asOf);

    /**
     * @param status            the placement status code on {@code asOf} (e.g. SUBMITTED, PUBLISHED)
     * @param statusName        its Russian name
     * @param replicatingRegions regions that had taken the practice up by {@code asOf}
     */
    record PlacementLine(Long practiceId, String title, Long categoryId, String categoryName, String status,
                         String statusName, LocalDate submittedOn, String smartekaApplicationNumber,
                         LocalDate publishedOn, String smartekaUrl, String criteria, int replicatingRegions) {
    }
}
