package ru.praktika.reporting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarDayRepository extends JpaRepository<CalendarDay, LocalDate> {

    List<CalendarDay> findByYearOrderByDay(int year);

    List<CalendarDay> findAllByOrderByDay();

    void deleteByYear(int year);
}
