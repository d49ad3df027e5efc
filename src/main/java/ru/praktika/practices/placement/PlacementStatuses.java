package ru.praktika.practices.placement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The statuses of the placement application as the reference table names and orders them. */
@Component
@Transactional(readOnly = true)
public class PlacementStatuses {

    private final PlacementStatusRepository statuses;

    PlacementStatuses(PlacementStatusRepository statuses) {
        this.statuses = statuses;
    }

    /** Code → Russian name, in the table's order. */
    Map<String, String> names() {
        return statuses.findAllByOrderBySortOrder().stream()
                .collect(Collectors.toMap(PlacementStatus::getCode, PlacementStatus::getName, (a, b) -> a,
                        LinkedHashMap::new));
    }

    public List<PlacementStatus> list() {
        return statuses.findAllByOrderBySortOrder();
    }
}
