package ru.praktika.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.praktika.directory.FederalSubjectRepository;

/**
 * The tile grid map of Russia: where the region's practices were replicated, where the practices it adopts came
 * from. The table lists only subjects with a count; the map shows all 89 tiles.
 */
@Component
class MapCharts {

    private final PracticeCharts practices;
    private final AdoptionCharts adoption;
    private final FederalSubjectRepository subjects;
    private final SubjectTiles tiles;
    private final ChartTexts texts;

    MapCharts(PracticeCharts practices, AdoptionCharts adoption, FederalSubjectRepository subjects, SubjectTiles tiles,
              ChartTexts texts) {
        this.practices = practices;
        this.adoption = adoption;
        this.subjects = subjects;
        this.tiles = tiles;
        this.texts = texts;
    }

    ChartData replications(ChartRequest request) {
        return map("replications", "dashboard.chart.replications", "dashboard.summary.replications", "subjects",
                "dashboard.col.replicated", practices.replications(request));
    }

    ChartData sources(ChartRequest request) {
        return map("sources", "dashboard.chart.sources", "dashboard.summary.sources", "subjectsFrom",
                "dashboard.col.count", adoption.sources(request));
    }

    private ChartData map(String id, String titleKey, String summaryKey, String subjectUnit, String columnKey,
                          Map<String, Long> counts) {
        Map<String, String> names = new HashMap<>();
        subjects.findAll().forEach(s -> names.put(s.getCode(), s.getName()));
        List<ChartData.Row> rows = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(e -> names.get(e.getKey())))
                .forEach(e -> rows.add(new ChartData.Row(names.get(e.getKey()), List.of(e.getValue()))));
        List<Map<String, Object>> grid = new ArrayList<>();
        for (SubjectTiles.Tile t : tiles.all()) {
            Map<String, Object> tile = new LinkedHashMap<>();
            tile.put("code", t.code());
            tile.put("label", t.label());
            tile.put("name", names.get(t.code()));
            tile.put("row", t.row());
            tile.put("column", t.column());
            tile.put("value", counts.getOrDefault(t.code(), 0L));
            grid.add(tile);
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        String summary = rows.isEmpty() ? texts.get("dashboard.summary.empty")
                : texts.get(summaryKey, texts.count(rows.size(), subjectUnit), texts.number(total), rows.get(0).label(),
                        texts.number((Long) rows.get(0).values().get(0)));
        return new ChartData(id, "tiles", texts.get(titleKey), summary, texts.get("dashboard.col.subject"),
                List.of(texts.get(columnKey)), rows, Map.of("tiles", grid));
    }
}
