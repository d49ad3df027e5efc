package ru.praktika.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.security.CurrentUsers;

/** The production calendar: everyone may look; the administrator loads a year's official calendar. */
@Controller
@RequestMapping("/reporting/calendar")
class CalendarController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ProductionCalendar calendar;
    private final ReportingSchedule schedule;
    private final Clock clock;

    private final org.springframework.context.MessageSource messages;

    CalendarController(ProductionCalendar calendar, ReportingSchedule schedule, Clock clock,
                       org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.calendar = calendar;
        this.schedule = schedule;
        this.clock = clock;
    }

    @GetMapping
    String calendar(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < 1992 || y > 2200) {
            throw new ru.praktika.platform.NotFoundException("year", y);
        }
        model.addAttribute("year", y);
        model.addAttribute("official", calendar.isOfficial(y));
        model.addAttribute("workingDays", calendar.workingDaysIn(y));
        model.addAttribute("exceptions", calendar.exceptions(y));
        model.addAttribute("loaded", calendar.loadedYears());
        model.addAttribute("periods", schedule.periodsOf(y));
        return "reporting/calendar";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String load(@RequestParam(required = false) Integer year, @RequestParam(required = false) String nonWorking,
                @RequestParam(required = false) String working, @RequestParam(required = false) String source,
                Model model, RedirectAttributes redirect) {
        try {
            if (year == null || year < 1992 || year > 2200) {
                throw new DomainException("reporting.calendar.badYear");
            }
            if (source == null || source.isBlank() || source.length() > 300) {
                throw new DomainException("reporting.calendar.sourceRequired");
            }
            calendar.loadYear(year, dates(nonWorking), dates(working), source.strip(), CurrentUsers.get().username());
        } catch (DomainException e) {
            model.addAttribute("loadError", messages.getMessage(e.messageKey(), e.arguments(), java.util.Locale.forLanguageTag("ru-RU")));
            model.addAttribute("typedNonWorking", nonWorking);
            model.addAttribute("typedWorking", working);
            model.addAttribute("typedSource", source);
            model.addAttribute("typedYear", year);
            return calendar(year != null && year >= 1992 && year <= 2200 ? year : null, model);
        }
        redirect.addFlashAttribute("flashSuccess", "reporting.calendar.loaded");
        return "redirect:/reporting/calendar?year=" + year;
    }

    private static Set<LocalDate> dates(String text) {
        Set<LocalDate> set = new LinkedHashSet<>();
        if (text == null) {
            return set;
        }
        for (String token : text.split("[\\s,;]+")) {
            if (token.isBlank()) {
                continue;
            }
            try {
                set.add(LocalDate.parse(token.strip(), DATE));
            } catch (DateTimeParseException e) {
                throw new DomainException("reporting.calendar.badDate", token.strip());
            }
        }
        return set;
    }
}
