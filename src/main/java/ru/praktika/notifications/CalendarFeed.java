package ru.praktika.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.praktika.accounts.AppUser;
import ru.praktika.adoption.ImplementationsForReport;
import ru.praktika.platform.security.Role;
import ru.praktika.reporting.BodyReports;
import ru.praktika.reporting.ReportingPeriod;
import ru.praktika.reporting.ReportingSchedule;

/**
 * A user's deadlines as iCalendar (RFC 5545): the report deadlines of their body (the coordinator: every
 * period's deadline) for a year ahead and the roadmap activities they answer for, as all-day events.
 */
@Component
class CalendarFeed {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final ReportingSchedule schedule;
    private final BodyReports reports;
    private final ImplementationsForReport implementations;
    private final Texts texts;
    private final Clock clock;
    private final String baseUrl;

    CalendarFeed(ReportingSchedule schedule, BodyReports reports, ImplementationsForReport implementations, Texts texts,
                 Clock clock, @Value("${praktika.base-url:http://localhost:8080}") String baseUrl) {
        this.schedule = schedule;
        this.reports = reports;
        this.implementations = implementations;
        this.texts = texts;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    String render(AppUser user) {
        LocalDate today = LocalDate.now(clock);
        String stamp = STAMP.format(clock.instant().atOffset(ZoneOffset.UTC));
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Praktika//Reporting deadlines//RU");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + escape(texts.get("notifications.ics.name")));
        boolean bodyUser = user.getBodyId() != null && (user.has(Role.OFFICER) || user.has(Role.HEAD));
        if (bodyUser || user.has(Role.COORDINATOR)) {
            for (ReportingPeriod p : schedule.deadlinesBetween(today.minusDays(60), today.plusDays(400))) {
                String summary;
                String link;
                String uid;
                if (bodyUser) {
                    boolean done = reports.isSubmitted(user.getBodyId(), p.code());
                    summary = texts.get(done ? "notifications.ics.reportDone" : "notifications.ics.report", p.label());
                    link = "/reporting/bodies/" + user.getBodyId() + "/" + p.code();
                    uid = "report-" + p.code() + "-" + user.getBodyId();
                } else {
                    summary = texts.get("notifications.ics.reportsAll", p.label());
                    link = "/reporting/board?period=" + p.code();
                    uid = "reports-" + p.code();
                }
                event(ics, uid, stamp, p.deadline(), summary, texts.get("notifications.ics.reportText", p.label()), link);
            }
        }
        for (ImplementationsForReport.OverdueActivityLine a : implementations.overdueActivities(null, today.plusDays(91))) {
            if (a.dueDate() == null || !user.getId().equals(a.responsibleUserId())) {
                continue;
            }
            event(ics, "activity-" + a.activityId(), stamp, a.dueDate(),
                    texts.get("notifications.ics.activity", a.activityTitle()),
                    a.practiceTitle() == null ? "" : a.practiceTitle(), "/adoption");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private void event(StringBuilder ics, String uid, String stamp, LocalDate day, String summary, String description,
                       String link) {
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uid + "@praktika");
        line(ics, "DTSTAMP:" + stamp);
        line(ics, "DTSTART;VALUE=DATE:" + DAY.format(day));
        line(ics, "DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
        line(ics, "SUMMARY:" + escape(summary));
        line(ics, "DESCRIPTION:" + escape(description));
        line(ics, "URL:" + baseUrl + link);
        line(ics, "TRANSP:TRANSPARENT");
        line(ics, "END:VEVENT");
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Content lines fold at 75 octets (RFC 5545, 3.1), never inside a UTF-8 character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
