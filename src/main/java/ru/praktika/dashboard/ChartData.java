package ru.praktika.dashboard;

import java.util.List;
import java.util.Map;

/**
 * One chart as the browser draws it and as its table and XLSX show it: rows × columns of numbers (or, for the
 * reporting heat map, of outcome names), a text alternative, and what the kind of chart needs besides
 * ({@code extra}: the heat map's legend, the tile map's tiles).
 *
 * @param kind one of {@code funnel}, {@code bars} (horizontal, stacked by column), {@code columns}
 *             (vertical, side by side), {@code line}, {@code heatmap}, {@code tiles}
 */
public record ChartData(String id, String kind, String title, String summary, String rowHeader,
                        List<String> columns, List<Row> rows, Map<String, Object> extra) {

    public record Row(String label, List<Object> values) {
    }
}
