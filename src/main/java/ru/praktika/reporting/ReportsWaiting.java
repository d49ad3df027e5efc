package ru.praktika.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.Directory;
import ru.praktika.platform.WaitingItem;
import ru.praktika.platform.WaitingWork;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.Role;

/** Reports waiting for someone: the head signs, the coordinator accepts or returns, the officer reworks a returned one. */
@Component
@Order(10)
class ReportsWaiting implements WaitingWork {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    private final BodyReportRepository reports;
    private final ReportingSchedule schedule;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    ReportsWaiting(BodyReportRepository reports, ReportingSchedule schedule, Directory directory, MessageSource messages,
                   Clock clock) {
        this.reports = reports;
        this.schedule = schedule;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WaitingItem> waitingFor(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        List<WaitingItem> items = new ArrayList<>();
        if (user.has(Role.HEAD) && user.bodyId() != null) {
            for (BodyReport r : reports.findByBodyIdAndStatusOrderByDeadlineAsc(user.bodyId(), ReportStatus.AWAITING_SIGNOFF)) {
                // the detail names the deadline already: no date beside the title
                items.add(new WaitingItem("reporting.waiting.toSign", text("reporting.waiting.toSign.title", label(r)),
                        text("reporting.waiting.deadline", DATE.format(r.getDeadline())), link(r), null,
                        today.isAfter(r.getDeadline())));
            }
        }
        if (user.has(Role.COORDINATOR)) {
            for (BodyReport r : reports.findByStatusOrderByDeadlineAscIdAsc(ReportStatus.SUBMITTED)) {
                items.add(new WaitingItem("reporting.waiting.toAccept",
                        text("reporting.waiting.toAccept.title", directory.body(r.getBodyId()).getShortName(), label(r)),
                        text("reporting.waiting.submittedOn", DATE.format(r.getSignedAt().atZone(clock.getZone()))),
                        link(r), r.getSignedAt().atZone(clock.getZone()).toLocalDate(), false));
            }
        }
        if (user.has(Role.OFFICER) && user.bodyId() != null) {
            for (BodyReport r : reports.findByBodyIdAndStatusOrderByDeadlineAsc(user.bodyId(), ReportStatus.RETURNED)) {
                items.add(item("reporting.waiting.returned", r, text("reporting.waiting.returned.title", label(r)),
                        r.getReturnedReason(), today));
            }
        }
        return items;
    }

    private WaitingItem item(String group, BodyReport r, String title, String detail, LocalDate today) {
        return new WaitingItem(group, title, detail, link(r), r.getDeadline(), today.isAfter(r.getDeadline()));
    }

    private String label(BodyReport r) {
        return schedule.period(r.getPeriodCode()).label();
    }

    private static String link(BodyReport r) {
        return "/reporting/bodies/" + r.getBodyId() + "/" + r.getPeriodCode();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, RU);
    }
}
