package ru.praktika.practices.placement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.praktika.platform.ReferenceData;

/**
 * The statuses of the placement application as the reference table names and orders them, kept in the
 * reference cache (the table changes only by migration or an edit that evicts it).
 */
@Component
public class PlacementStatuses {

    private final PlacementStatusRepository statuses;
    private final ReferenceData cache;

    PlacementStatuses(PlacementStatusRepository statuses, ReferenceData cache) {
        this.statuses = statuses;
        this.cache = cache;
    }

    /** Code → Russian name, in the table's order. */
    Map<String, String> names() {
        return list().stream()
                .collect(Collectors.toMap(PlacementStatus::getCode, PlacementStatus::getName, (a, b) -> a,
                        LinkedHashMap::new));
    }

    public List<PlacementStatus> list() {
        return cache.get("practices.placementStatuses", () -> List.copyOf(statuses.findAllByOrderBySortOrder()));
    }
}
