package ru.praktika.adoption;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** Placeholder until implementations land: nothing implemented yet. */
@Service
class ImplementationReportRows implements ImplementationsForReport {

    @Override
    public List<ImplementationLine> implementations(Long bodyId, LocalDate asOf) {
        return List.of();
    }

    @Override
    public List<OverdueActivityLine> overdueActivities(Long bodyId, LocalDate asOf) {
        return List.of();
    }
}
