package ru.praktika.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.praktika.directory.Region.DeadlineShift;
import ru.praktika.directory.Region.ReportPeriod;
import ru.praktika.platform.DomainException;

/** Periods and deadlines from the region's rule and the production calendar, checked over many years. */
@ReportingTest
class DeadlineCalculationTest {

    @Autowired
    ReportingSchedule schedule;
    @Autowired
    ProductionCalendar calendar;

    @Test
    void q4Of2027IsDueOnSaturdayFifteenthAndEndsOnMondaySeventeenth() {
        ReportingPeriod q4 = schedule.period("2027-Q4");
        assertThat(q4.dueDate()).isEqualTo(LocalDate.of(2028, 1, 15));
        assertThat(q4.dueDate().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(q4.deadline()).isEqualTo(LocalDate.of(2028, 1, 17));
        assertThat(q4.label()).isEqualTo("IV квартал 2027 г.");
    }

    @Test
    void amurRuleGivesFourQuartersDueOnTheFifteenthOfTheNextMonth() {
        List<ReportingPeriod> periods = schedule.periodsOf(2026);
        assertThat(periods).extracting(ReportingPeriod::code).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(periods).extracting(ReportingPeriod::dueDate).containsExactly(LocalDate.of(2026, 4, 15),
                LocalDate.of(2026, 7, 15), LocalDate.of(2026, 10, 15), LocalDate.of(2027, 1, 15));
    }

    @Test
    void everyDeadlineOfEveryRuleIsTheFirstWorkingDayOnOrAfterTheDueDate() {
        List<ReportingSchedule.Rule> rules = new ArrayList<>();
        for (ReportPeriod period : ReportPeriod.values()) {
            for (int dueDay : new int[] {1, 10, 15, 20, 28, 30, 31}) {
                for (int monthsAfter = 0; monthsAfter <= 2; monthsAfter++) {
                    rules.add(new ReportingSchedule.Rule(period, dueDay, monthsAfter, DeadlineShift.NEXT_WORKING_DAY));
                    rules.add(new ReportingSchedule.Rule(period, dueDay, monthsAfter, DeadlineShift.NONE));
                }
            }
        }
        int checked = 0;
        for (int year = 1995; year <= 2125; year++) {
            for (ReportingSchedule.Rule rule : rules) {
                List<ReportingPeriod> periods = schedule.periodsOf(year, rule);
                assertThat(periods).hasSize(12 / rule.period().months());
                assertThat(periods.get(0).start()).isEqualTo(LocalDate.of(year, 1, 1));
                assertThat(periods.get(periods.size() - 1).end()).isEqualTo(LocalDate.of(year, 12, 31));
                for (int i = 0; i < periods.size(); i++) {
                    ReportingPeriod p = periods.get(i);
                    if (i > 0) {
                        assertThat(p.start()).isEqualTo(periods.get(i - 1).end().plusDays(1));
                    }
                    assertThat(p.dueDate().getMonth()).isEqualTo(p.end().plusMonths(rule.monthsAfter()).getMonth());
                    assertThat(p.dueDate().getDayOfMonth()).isEqualTo(Math.min(rule.dueDay(), p.dueDate().lengthOfMonth()));
                    if (rule.shift() == DeadlineShift.NONE) {
                        assertThat(p.deadline()).isEqualTo(p.dueDate());
                    } else {
                        assertThat(calendar.isWorkingDay(p.deadline())).as(p.code() + " " + rule).isTrue();
                        assertThat(p.deadline()).isAfterOrEqualTo(p.dueDate());
                        for (LocalDate d = p.dueDate(); d.isBefore(p.deadline()); d = d.plusDays(1)) {
                            assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
                        }
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(30_000);
    }

    @Test
    void yearsWithoutAnOfficialCalendarFollowLaborCodeArticle112() {
        for (int year = 1995; year <= 2125; year++) {
            if (calendar.isOfficial(year)) {
                continue;
            }
            Set<LocalDate> holidays = StatutoryHolidays.nonWorkingWeekdays(year);
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                assertThat(calendar.isWorkingDay(d)).as(d.toString()).isEqualTo(!weekend && !holidays.contains(d));
                if (StatutoryHolidays.isHoliday(d)) {
                    assertThat(calendar.isWorkingDay(d)).as("holiday " + d).isFalse();
                }
            }
            assertThat(calendar.workingDaysIn(year)).as("" + year).isBetween(244, 251);
        }
        // A holiday on a weekend moves the day off to the next working day (art. 112 part 2): 12.06.2032 is a Saturday.
        assertThat(calendar.isWorkingDay(LocalDate.of(2032, 6, 14))).isFalse();
        // January holidays on a weekend are not moved without a Government decree: 11.01.2028 is a working Tuesday.
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 10))).isTrue();
    }

    @Test
    void officialCalendarsOf2025And2026HaveTheGovernmentsTransfers() {
        assertThat(calendar.isOfficial(2025)).isTrue();
        assertThat(calendar.isOfficial(2026)).isTrue();
        assertThat(calendar.isOfficial(2027)).isTrue();
        assertThat(calendar.workingDaysIn(2025)).isEqualTo(247);
        assertThat(calendar.workingDaysIn(2026)).isEqualTo(247);
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 11, 1))).isTrue();   // a working Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();   // moved from 04.01.2025
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 9))).isFalse();   // moved from 03.01.2026
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse(); // moved from 04.01.2026
        // Q4 2025 is due 15.01.2026 (Thursday, working): no shift.
        assertThat(schedule.period("2025-Q4").deadline()).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void anAdministratorLoadsAYearsOfficialCalendar() {
        LocalDate saturday = LocalDate.of(2099, 1, 3);
        LocalDate monday = LocalDate.of(2099, 3, 16);
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        calendar.loadYear(2099, Set.of(monday), Set.of(saturday), "Тестовое постановление", "admin");
        assertThat(calendar.isOfficial(2099)).isTrue();
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(calendar.isWorkingDay(monday)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2099, 1, 1))).isTrue(); // only what the decree lists is off
        assertThatThrownBy(() -> calendar.loadYear(2099, Set.of(LocalDate.of(2098, 3, 3)), Set.of(), "x", "admin"))
                .isInstanceOf(DomainException.class);
    }
}
