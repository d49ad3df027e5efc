package ru.praktika.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.praktika.reporting.ReportingFigures.Outcome;
import ru.praktika.reporting.ReportingFigures.Stored;

/** How a cell of the dashboard's reporting heat map names a body's report for a period. */
class ReportingFiguresTest {

    private final ReportingPeriod q1 = new ReportingPeriod("2026-Q1", "I квартал 2026 г.", 2026, 1,
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 15));

    @Test
    void submittedOrAcceptedReportsAreOnTimeOrLateByTheirFlag() {
        assertThat(ReportingFigures.classify(new Stored(ReportStatus.SUBMITTED, false), q1, LocalDate.of(2026, 5, 1)))
                .isEqualTo(Outcome.ON_TIME);
        assertThat(ReportingFigures.classify(new Stored(ReportStatus.ACCEPTED, true), q1, LocalDate.of(2026, 5, 1)))
                .isEqualTo(Outcome.LATE);
    }

    @Test
    void aReturnedReportIsReturnedWhateverTheDay() {
        assertThat(ReportingFigures.classify(new Stored(ReportStatus.RETURNED, false), q1, LocalDate.of(2026, 4, 10)))
                .isEqualTo(Outcome.RETURNED);
    }

    @Test
    void aMissingOrUnsentReportIsNotSubmittedOnlyAfterTheDeadline() {
        assertThat(ReportingFigures.classify(null, q1, LocalDate.of(2026, 4, 15))).isEqualTo(Outcome.NOT_DUE);
        assertThat(ReportingFigures.classify(null, q1, LocalDate.of(2026, 4, 16))).isEqualTo(Outcome.NOT_SUBMITTED);
        assertThat(ReportingFigures.classify(new Stored(ReportStatus.DRAFT, null), q1, LocalDate.of(2026, 4, 16)))
                .isEqualTo(Outcome.NOT_SUBMITTED);
    }

    @Test
    void aDraftAfterAReturnIsInReworkOnTheHeatMapAsOnTheBoard() {
        LocalDate after = LocalDate.of(2026, 5, 1);
        assertThat(BoardStatus.of(ReportStatus.DRAFT, null, true, q1.deadline(), after)).isEqualTo(ReportStatus.DRAFT);
        assertThat(ReportingFigures.classify(new Stored(ReportStatus.DRAFT, null, true), q1, after))
                .isEqualTo(Outcome.RETURNED);
        assertThat(BoardStatus.of(ReportStatus.AWAITING_SIGNOFF, null, false, q1.deadline(), after))
                .isEqualTo(ReportStatus.OVERDUE);
        assertThat(ReportingFigures.classify(new Stored(ReportStatus.AWAITING_SIGNOFF, null, false), q1, after))
                .isEqualTo(Outcome.NOT_SUBMITTED);
    }
}
