package ru.praktika.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.adoption.AdoptionFigures;
import ru.praktika.practices.PracticeFigures;
import ru.praktika.reporting.ReportingFigures;

/** "What changed since my last visit" for a head or an officer: moves of the body's practices, implementations, reports. */
@Component
class ChangesSinceVisit {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final PracticeFigures practices;
    private final AdoptionFigures adoption;
    private final ReportingFigures reporting;
    private final ChartTexts texts;
    private final ZoneId zone;

    ChangesSinceVisit(PracticeFigures practices, AdoptionFigures adoption, ReportingFigures reporting, ChartTexts texts,
                      java.time.Clock clock) {
        this.practices = practices;
        this.adoption = adoption;
        this.reporting = reporting;
        this.texts = texts;
        this.zone = clock.getZone();
    }

    @Transactional(readOnly = true)
    Changes since(Long bodyId, Instant since) {
        List<String> lines = new ArrayList<>();
        practices.movesSince(bodyId, since).forEach(c ->
                lines.add(texts.get("dashboard.changes.practices", c.name(), texts.number(c.count()))));
        adoption.movesSince(bodyId, since).forEach(p ->
                lines.add(texts.get("dashboard.changes.implementations", p.series(), texts.number(p.count()))));
        for (Map.Entry<String, Long> e : reporting.decisionsSince(bodyId, since).entrySet()) {
            lines.add(texts.get("dashboard.changes.reports", e.getKey(), texts.number(e.getValue())));
        }
        return new Changes(WHEN.format(since.atZone(zone)), lines);
    }

    /** Since when (dd.MM.yyyy HH:mm) and one line per kind of change. */
    record Changes(String since, List<String> lines) {
    }
}
