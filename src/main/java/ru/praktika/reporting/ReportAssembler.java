package ru.praktika.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.praktika.adoption.ImplementationsForReport;
import ru.praktika.directory.Category;
import ru.praktika.directory.Directory;
import ru.praktika.practices.OwnPracticesForReport;
import ru.praktika.practices.OwnPracticesForReport.PlacementLine;

/**
 * Builds a body's report from the other modules' report contracts, as the data stood at the period end:
 * nothing is retyped. Section 1 lists every category the body answered for on that day (an empty one says
 * so); a practice filed under a category the body no longer holds still appears, under its own category.
 */
@Component
class ReportAssembler {

    private final OwnPracticesForReport placements;
    private final ImplementationsForReport implementations;
    private final Directory directory;

    ReportAssembler(OwnPracticesForReport placements, ImplementationsForReport implementations, Directory directory) {
        this.placements = placements;
        this.implementations = implementations;
        this.directory = directory;
    }

    ReportContent assemble(Long bodyId, ReportingPeriod period) {
        Map<Long, ReportContent.CategorySection> sections = new LinkedHashMap<>();
        for (Category c : directory.categoriesOf(bodyId, period.end())) {
            sections.put(c.getId(), new ReportContent.CategorySection(c.getId(), c.getName(), new ArrayList<>()));
        }
        for (PlacementLine line : placements.placements(bodyId, period.end())) {
            sections.computeIfAbsent(line.categoryId(),
                    id -> new ReportContent.CategorySection(id, line.categoryName(), new ArrayList<>())).rows().add(line);
        }
        // Appendix 1 order, whatever order the assignments were made in.
        Map<Long, Integer> order = new java.util.HashMap<>();
        directory.categories().forEach(c -> order.put(c.getId(), c.getSortOrder()));
        List<ReportContent.CategorySection> list = sections.values().stream()
                .sorted(java.util.Comparator.comparing(s -> order.getOrDefault(s.categoryId(), Integer.MAX_VALUE)))
                .map(s -> new ReportContent.CategorySection(s.categoryId(), s.categoryName(), List.copyOf(s.rows())))
                .toList();
        return new ReportContent(bodyId, directory.body(bodyId).getFullName(), period.code(), period.label(),
                period.end(), list, List.copyOf(implementations.implementations(bodyId, period.end())));
    }
}
