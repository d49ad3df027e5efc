package ru.praktika.dashboard;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.praktika.adoption.AdoptionFigures;

/** Other regions' practices implemented here: statuses, roadmaps, overdue activities, results; a municipality's activities. */
@Component
class AdoptionCharts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");

    private final AdoptionFigures figures;
    private final ChartTexts texts;

    AdoptionCharts(AdoptionFigures figures, ChartTexts texts) {
        this.figures = figures;
        this.texts = texts;
    }

    ChartData implementations(ChartRequest request) {
        Pivot pivot = new Pivot();
        figures.implementationsByCategory(request.bodyId()).forEach(p -> pivot.add(p.row(), p.series(), p.count()));
        return texts.pivoted("implementations", "bars", "dashboard.chart.implementations", "dashboard.col.category",
                pivot, "implementations");
    }

    ChartData roadmaps(ChartRequest request) {
        List<AdoptionFigures.BodyProgress> bodies = figures.roadmapsByBody(request.bodyId());
        List<ChartData.Row> rows = new ArrayList<>();
        long done = 0;
        long planned = 0;
        AdoptionFigures.BodyProgress best = null;
        for (AdoptionFigures.BodyProgress b : bodies) {
            rows.add(new ChartData.Row(b.body(), List.of(b.percent(), b.doneWeight(), b.plannedWeight())));
            done += b.doneWeight();
            planned += b.plannedWeight();
            if (best == null || b.percent() > best.percent()) {
                best = b;
            }
        }
        String summary = best == null ? texts.get("dashboard.summary.empty")
                : texts.get("dashboard.summary.roadmaps", texts.count(bodies.size(), "bodiesOf"),
                        texts.number(planned == 0 ? 0 : Math.round(100.0 * done / planned)), best.body(),
                        texts.number(best.percent()));
        return new ChartData("roadmaps", "columns", texts.get("dashboard.chart.roadmaps"), summary,
                texts.get("dashboard.col.body"), List.of(texts.get("dashboard.col.progress"),
                texts.get("dashboard.col.doneWeight"), texts.get("dashboard.col.plannedWeight")), rows,
                Map.of("plotted", 1));
    }

    ChartData overdue(ChartRequest request) {
        Pivot pivot = new Pivot();
        figures.roadmapsByBody(request.bodyId()).stream().filter(b -> b.overdue() > 0)
                .forEach(b -> pivot.add(b.body(), texts.get("dashboard.col.overdue"), b.overdue()));
        Map.Entry<String, Long> top = pivot.top();
        String summary = top == null ? texts.get("dashboard.summary.empty")
                : texts.get("dashboard.summary.overdue", texts.count(pivot.total(), "activities"), top.getKey(),
                        texts.number(top.getValue()));
        return new ChartData("overdue", "columns", texts.get("dashboard.chart.overdue"), summary,
                texts.get("dashboard.col.body"), pivot.columns(), pivot.rows(), Map.of());
    }

    ChartData results(ChartRequest request) {
        List<ChartData.Row> rows = new ArrayList<>();
        long planned = 0;
        long achieved = 0;
        for (AdoptionFigures.BodyResults b : figures.resultsByBody(request.bodyId())) {
            rows.add(new ChartData.Row(b.body(), List.of(b.planned(), b.achieved())));
            planned += b.planned();
            achieved += b.achieved();
        }
        String summary = rows.isEmpty() ? texts.get("dashboard.summary.empty")
                : texts.get("dashboard.summary.results", texts.count(planned, "indicators"), texts.number(achieved));
        return new ChartData("results", "columns", texts.get("dashboard.chart.results"), summary,
                texts.get("dashboard.col.body"),
                List.of(texts.get("dashboard.col.planned"), texts.get("dashboard.col.achieved")), rows, Map.of());
    }

    ChartData municipal(ChartRequest request) {
        String overdueName = texts.get("dashboard.overdue");
        Pivot pivot = new Pivot();
        long overdue = 0;
        for (AdoptionFigures.Pair p : figures.municipalActivities(request.municipalityId(), overdueName)) {
            pivot.add(YearMonth.parse(p.row()).format(MONTH), p.series(), p.count());
            overdue += p.series().equals(overdueName) ? p.count() : 0;
        }
        List<ChartData.Row> rows = pivot.rows();
        String summary = rows.isEmpty() ? texts.get("dashboard.summary.empty")
                : texts.get("dashboard.summary.municipal", texts.count(pivot.total(), "activities"), texts.number(overdue),
                        rows.get(0).label(), rows.get(rows.size() - 1).label());
        return new ChartData("municipal", "columns", texts.get("dashboard.chart.municipal"), summary,
                texts.get("dashboard.col.deadline"), pivot.columns(), rows, Map.of("stacked", true));
    }

    Map<String, Long> sources(ChartRequest request) {
        return figures.sourcesBySubject(request.bodyId());
    }
}
