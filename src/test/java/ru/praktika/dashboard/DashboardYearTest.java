package ru.praktika.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The year filter never fails a request: absent is this year, anything else unreadable is every year. */
class DashboardYearTest {

    @Test
    void readsTheYearOrFallsBack() {
        assertThat(DashboardYear.parse(null, 2026)).isEqualTo(2026);
        assertThat(DashboardYear.parse("2024", 2026)).isEqualTo(2024);
        assertThat(DashboardYear.parse("all", 2026)).isNull();
        assertThat(DashboardYear.parse("1999", 2026)).isNull();
        assertThat(DashboardYear.parse("два", 2026)).isNull();
    }
}
