package ru.praktika.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.ReferenceData;

/**
 * The Russian production calendar: which days are working days. Officially loaded years come from the
 * database (the Government's transfers), other years from Labor Code art. 112 ({@link StatutoryHolidays}).
 */
@Service
public class ProductionCalendar {

    private final CalendarYearRepository years;
    private final CalendarDayRepository days;
    private final Clock clock;
    /** year → its non-working weekdays and working weekend days; evicted on every instance when a year is loaded. */
    private final ReferenceData cache;

    ProductionCalendar(CalendarYearRepository years, CalendarDayRepository days, Clock clock, ReferenceData cache) {
        this.years = years;
        this.days = days;
        this.clock = clock;
        this.cache = cache;
    }

    public boolean isWorkingDay(LocalDate day) {
        return rule(day.getYear()).isWorking(day);
    }

    /** The day itself if it is a working day, otherwise the next working day (Civil Code art. 193). */
    public LocalDate onOrNextWorkingDay(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    public int workingDaysIn(int year) {
        return workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
    }

    public boolean isOfficial(int year) {
        return rule(year).official();
    }

    @Transactional(readOnly = true)
    public List<CalendarYear> loadedYears() {
        return years.findAllByOrderByYearDesc();
    }

    @Transactional(readOnly = true)
    public List<CalendarDay> exceptions(int year) {
        return days.findByYearOrderByDay(year);
    }

    /**
     * Loads a year's official calendar, replacing what was there: the weekdays declared non-working and the
     * weekend days declared working.
     */
    @Transactional
    public void loadYear(int year, Collection<LocalDate> nonWorking, Collection<LocalDate> working, String source,
                         String loadedBy) {
        for (LocalDate d : nonWorking) {
            if (d.getYear() != year) {
                throw new DomainException("reporting.calendar.wrongYear", d.getDayOfMonth() + "." + d.getMonthValue() + "." + d.getYear(), year);
            }
        }
        for (LocalDate d : working) {
            if (d.getYear() != year) {
                throw new DomainException("reporting.calendar.wrongYear", d.getDayOfMonth() + "." + d.getMonthValue() + "." + d.getYear(), year);
            }
            if (nonWorking.contains(d)) {
                throw new DomainException("reporting.calendar.bothLists");
            }
        }
        days.deleteByYear(year);
        days.flush();
        CalendarYear entry = years.findById(year).orElse(null);
        if (entry == null) {
            years.save(new CalendarYear(year, source, clock.instant(), loadedBy));
        } else {
            entry.reload(source, clock.instant(), loadedBy);
        }
        years.flush();
        nonWorking.stream().filter(d -> !StatutoryHolidays.isWeekend(d)).forEach(d -> days.save(new CalendarDay(d, false)));
        working.stream().filter(StatutoryHolidays::isWeekend).forEach(d -> days.save(new CalendarDay(d, true)));
        cache.changed();
    }

    private YearRule rule(int year) {
        return cache.get("reporting.calendar." + year, () -> buildRule(year));
    }

    private YearRule buildRule(int year) {
        if (years.existsById(year)) {
            List<CalendarDay> list = days.findByYearOrderByDay(year);
            return new YearRule(true,
                    list.stream().filter(d -> !d.isWorking()).map(CalendarDay::getDay).collect(Collectors.toSet()),
                    list.stream().filter(CalendarDay::isWorking).map(CalendarDay::getDay).collect(Collectors.toSet()));
        }
        return new YearRule(false, StatutoryHolidays.nonWorkingWeekdays(year), Set.of());
    }

    record YearRule(boolean official, Set<LocalDate> nonWorkingWeekdays, Set<LocalDate> workingWeekendDays) {

        boolean isWorking(LocalDate day) {
            if (StatutoryHolidays.isWeekend(day)) {
                return workingWeekendDays.contains(day);
            }
            return !nonWorkingWeekdays.contains(day);
        }
    }
}
