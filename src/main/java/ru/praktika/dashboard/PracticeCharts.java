package ru.praktika.dashboard;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.praktika.practices.PracticeFigures;

/** The region's own practices: the placement funnel, by category, by body, publications over the year. */
@Component
class PracticeCharts {

    private final PracticeFigures figures;
    private final ChartTexts texts;

    PracticeCharts(PracticeFigures figures, ChartTexts texts) {
        this.figures = figures;
        this.texts = texts;
    }

    ChartData placement(ChartRequest request) {
        Pivot pivot = new Pivot();
        figures.byStatus(request.year(), request.bodyId())
                .forEach(c -> pivot.add(c.name(), texts.get("dashboard.col.count"), c.count()));
        return texts.pivoted("placement", "funnel", "dashboard.chart.placement", "dashboard.col.status", pivot, "practices");
    }

    ChartData byCategory(ChartRequest request) {
        Pivot pivot = new Pivot();
        figures.byCategory(request.year(), request.bodyId()).forEach(p -> pivot.add(p.row(), p.series(), p.count()));
        return texts.pivoted("practice-categories", "bars", "dashboard.chart.practice-categories", "dashboard.col.category",
                pivot, "practices");
    }

    ChartData byBody(ChartRequest request) {
        Pivot pivot = new Pivot();
        figures.byBody(request.year(), request.bodyId()).forEach(p -> pivot.add(p.row(), p.series(), p.count()));
        return texts.pivoted("practice-bodies", "bars", "dashboard.chart.practice-bodies", "dashboard.col.body", pivot,
                "practices");
    }

    ChartData published(ChartRequest request) {
        Map<Integer, long[]> months = figures.publishedAndReplicatedByMonth(request.datedYear(), request.bodyId());
        List<ChartData.Row> rows = new ArrayList<>();
        long published = 0;
        long replicated = 0;
        for (int m = 1; m <= 12; m++) {
            long[] pair = months.getOrDefault(m, new long[2]);
            published += pair[0];
            replicated += pair[1];
            rows.add(new ChartData.Row(Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, ChartTexts.RU),
                    List.of(pair[0], pair[1])));
        }
        String summary = texts.get("dashboard.summary.published", String.valueOf(request.datedYear()),
                texts.count(published, "practices"), texts.number(replicated));
        return new ChartData("published", "line", texts.get("dashboard.chart.published"), summary,
                texts.get("dashboard.col.month"),
                List.of(texts.get("dashboard.col.published"), texts.get("dashboard.col.replicated")), rows, Map.of());
    }

    Map<String, Long> replications(ChartRequest request) {
        return figures.replicationsBySubject(request.bodyId());
    }
}
