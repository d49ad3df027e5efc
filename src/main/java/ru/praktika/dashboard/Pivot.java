package ru.praktika.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Turns counts on two axes, as the database grouped them ((row, series) → n, in the database's order),
 * into the rows × columns of a chart; a missing pair is 0.
 */
final class Pivot {

    private final Map<String, Map<String, Long>> cells = new LinkedHashMap<>();
    private final LinkedHashSet<String> series = new LinkedHashSet<>();

    void add(String row, String column, long n) {
        cells.computeIfAbsent(row, r -> new LinkedHashMap<>()).merge(column, n, Long::sum);
        series.add(column);
    }

    List<String> columns() {
        return List.copyOf(series);
    }

    List<ChartData.Row> rows() {
        List<ChartData.Row> rows = new ArrayList<>();
        cells.forEach((row, values) -> {
            List<Object> line = new ArrayList<>();
            series.forEach(s -> line.add(values.getOrDefault(s, 0L)));
            rows.add(new ChartData.Row(row, line));
        });
        return rows;
    }

    long total() {
        return cells.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }

    /** The row with the largest total, or null when there is none. */
    Map.Entry<String, Long> top() {
        Map.Entry<String, Long> best = null;
        for (Map.Entry<String, Map<String, Long>> e : cells.entrySet()) {
            long sum = e.getValue().values().stream().mapToLong(Long::longValue).sum();
            if (best == null || sum > best.getValue()) {
                best = Map.entry(e.getKey(), sum);
            }
        }
        return best;
    }
}
