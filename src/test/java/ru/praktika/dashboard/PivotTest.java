package ru.praktika.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts grouped by the database become a chart's rows × columns. */
class PivotTest {

    @Test
    void aPivotFillsMissingPairsWithZeroAndNamesTheLargestRow() {
        Pivot pivot = new Pivot();
        pivot.add("Здравоохранение", "черновик", 2);
        pivot.add("Образование", "опубликована", 5);
        pivot.add("Здравоохранение", "опубликована", 1);
        assertThat(pivot.columns()).containsExactly("черновик", "опубликована");
        assertThat(pivot.rows()).extracting(ChartData.Row::values)
                .containsExactly(List.of(2L, 1L), List.of(0L, 5L));
        assertThat(pivot.total()).isEqualTo(8);
        assertThat(pivot.top().getKey()).isEqualTo("Образование");
    }
}
