package ru.praktika.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The working-day rule for a year no official calendar has been loaded for: Saturdays and Sundays off,
 * the non-working public holidays of Labor Code art. 112 part 1, and the automatic transfer of part 2 —
 * a holiday falling on a weekend moves the day off to the next working day. The January holidays are the
 * exception: their transfers are set by the Government each year, so none is assumed here.
 */
final class StatutoryHolidays {

    static final List<MonthDay> HOLIDAYS = List.of(
            MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(1, 3), MonthDay.of(1, 4), MonthDay.of(1, 5),
            MonthDay.of(1, 6), MonthDay.of(1, 7), MonthDay.of(1, 8), MonthDay.of(2, 23), MonthDay.of(3, 8),
            MonthDay.of(5, 1), MonthDay.of(5, 9), MonthDay.of(6, 12), MonthDay.of(11, 4));

    private StatutoryHolidays() {
    }

    /** Every non-working day of {@code year} that is not a Saturday or Sunday. */
    static Set<LocalDate> nonWorkingWeekdays(int year) {
        Set<LocalDate> off = new HashSet<>();
        for (MonthDay md : HOLIDAYS) {
            LocalDate day = md.atYear(year);
            if (!isWeekend(day)) {
                off.add(day);
            } else if (day.getMonthValue() != 1) {
                LocalDate transferred = day.plusDays(1);
                while (isWeekend(transferred) || off.contains(transferred) || isHoliday(transferred)) {
                    transferred = transferred.plusDays(1);
                }
                off.add(transferred);
            }
        }
        return off;
    }

    static boolean isHoliday(LocalDate day) {
        return HOLIDAYS.contains(MonthDay.from(day));
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
