package ru.praktika.dashboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.praktika.reporting.ReportingFigures;
import ru.praktika.reporting.ReportingFigures.Outcome;
import ru.praktika.reporting.ReportingPeriod;

/** The reporting heat map: bodies × the year's periods, each cell how the report went. */
@Component
class ReportingCharts {

    private final ReportingFigures figures;
    private final ChartTexts texts;

    ReportingCharts(ReportingFigures figures, ChartTexts texts) {
        this.figures = figures;
        this.texts = texts;
    }

    ChartData heatMap(ChartRequest request) {
        ReportingFigures.HeatMap map = figures.heatMap(request.datedYear(), request.bodyId());
        Map<String, String> outcomeName = new HashMap<>();
        List<String> legend = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            String name = texts.get("dashboard.outcome." + o.name());
            outcomeName.put(o.name(), name);
            legend.add(name);
        }
        Map<String, Outcome> byCell = new HashMap<>();
        Map<Outcome, Long> tally = new EnumMap<>(Outcome.class);
        map.cells().forEach(c -> {
            byCell.put(c.bodyId() + "/" + c.periodCode(), c.outcome());
            tally.merge(c.outcome(), 1L, Long::sum);
        });
        List<ChartData.Row> rows = new ArrayList<>();
        for (ReportingFigures.Body body : map.bodies()) {
            List<Object> line = new ArrayList<>();
            for (ReportingPeriod p : map.periods()) {
                line.add(outcomeName.get(byCell.get(body.id() + "/" + p.code()).name()));
            }
            rows.add(new ChartData.Row(body.shortName(), line));
        }
        List<String> parts = new ArrayList<>();
        tally.forEach((o, n) -> parts.add(texts.get("dashboard.summary.outcome", outcomeName.get(o.name()), texts.count(n, "reports"))));
        String summary = rows.isEmpty() ? texts.get("dashboard.summary.empty")
                : texts.get("dashboard.summary.reporting", texts.count(rows.size(), "bodiesOf"),
                        String.valueOf(request.datedYear()), String.join(", ", parts));
        return new ChartData("reporting", "heatmap", texts.get("dashboard.chart.reporting"), summary,
                texts.get("dashboard.col.body"), map.periods().stream().map(ReportingPeriod::label).toList(), rows,
                Map.of("legend", legend));
    }
}
