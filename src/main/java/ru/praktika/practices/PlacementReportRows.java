package ru.praktika.practices;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** Placeholder until the practice card lands: no own practices yet. */
@Service
class PlacementReportRows implements OwnPracticesForReport {

    @Override
    public List<PlacementLine> placements(Long bodyId, LocalDate asOf) {
        return List.of();
    }
}
