package ru.praktika.reporting;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.audit.AuditRevision;
import ru.praktika.platform.DomainException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A body's quarterly report through its life: assembled while being prepared, signed off and frozen on
 * submission, accepted or returned by the coordinator, resubmitted as a new version.
 */
@Service
@Transactional
public class BodyReports {

    private final BodyReportRepository reports;
    private final ReportVersionRepository versions;
    private final ReportAssembler assembler;
    private final ReportingSchedule schedule;
    private final ReportStatuses statuses;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final EntityManager em;
    private final Clock clock;

    BodyReports(BodyReportRepository reports, ReportVersionRepository versions, ReportAssembler assembler,
                ReportingSchedule schedule, ReportStatuses statuses, ApplicationEventPublisher events,
                JsonMapper json, EntityManager em, Clock clock) {
        this.reports = reports;
        this.versions = versions;
        this.assembler = assembler;
        this.schedule = schedule;
        this.statuses = statuses;
        this.events = events;
        this.json = json;
        this.em = em;
        this.clock = clock;
    }

    /** What a reader sees: the live assembly while in preparation, else the chosen (by default latest) version. */
    @Transactional(readOnly = true)
    public ReportView view(Long bodyId, String periodCode, Integer versionNumber) {
        ReportingPeriod period = schedule.period(periodCode);
        Optional<BodyReport> report = reports.findByBodyIdAndPeriodCode(bodyId, periodCode);
        List<ReportVersion> history = report.map(r -> versions.findByReport(r.getId())).orElse(List.of());
        ReportVersion shown = null;
        if (versionNumber != null) {
            shown = history.stream().filter(v -> v.getNumber() == versionNumber).findFirst()
                    .orElseThrow(() -> new ru.praktika.platform.NotFoundException("version", versionNumber));
        } else if (report.isPresent() && !report.get().isEditable() && !history.isEmpty()
                && !ReportStatus.AWAITING_SIGNOFF.equals(report.get().getStatus())) {
            shown = history.get(history.size() - 1);
        }
        if (shown != null) {
            return new ReportView(period, report.orElse(null), snapshot(shown), history, shown);
        }
        ReportContent content = assembler.assemble(bodyId, period);
        ReportContent.Snapshot live = new ReportContent.Snapshot(content,
                report.map(BodyReport::getComment).orElse(null),
                report.map(BodyReport::rowCommentTexts).orElse(Map.of()),
                report.map(BodyReport::isNothingToReport).orElse(false), null);
        return new ReportView(period, report.orElse(null), live, history, null);
    }

    /** The officer's comments, row comments and "nothing to report"; starts the report on first save. */
    public BodyReport edit(Long bodyId, String periodCode, Long expectedVersion, String comment, boolean nothingToReport,
                           Map<String, String> rowComments) {
        ReportingPeriod period = schedule.period(periodCode);
        BodyReport report = reports.findByBodyIdAndPeriodCode(bodyId, periodCode).orElse(null);
        if (report == null) {
            report = reports.save(new BodyReport(bodyId, period));
        } else {
            requireVersion(report, expectedVersion);
        }
        report.edit(comment, nothingToReport, rowComments, assembler.assemble(bodyId, period));
        return report;
    }

    public BodyReport sendForSignOff(Long bodyId, String periodCode, Long expectedVersion) {
        ReportingPeriod period = schedule.period(periodCode);
        BodyReport report = reports.findByBodyIdAndPeriodCode(bodyId, periodCode)
                .orElseGet(() -> reports.save(new BodyReport(bodyId, period)));
        requireVersion(report, expectedVersion);
        report.sendForSignOff(statuses, assembler.assemble(bodyId, period), LocalDate.now(clock));
        events.publishEvent(new ReportSentForSignOff(report.getId(), bodyId, periodCode, period.label()));
        return report;
    }

    public BodyReport backToDraft(Long bodyId, String periodCode, Long expectedVersion) {
        BodyReport report = existing(bodyId, periodCode);
        requireVersion(report, expectedVersion);
        report.backToDraft(statuses);
        return report;
    }

    /** The head signs off: submitted, frozen as a new version, on time or late against the deadline. */
    public ReportVersion sign(Long bodyId, String periodCode, Long expectedVersion, String signer) {
        ReportingPeriod period = schedule.period(periodCode);
        BodyReport report = existing(bodyId, periodCode);
        requireVersion(report, expectedVersion);
        ReportContent content = assembler.assemble(bodyId, period);
        String snapshot = json.writeValueAsString(new ReportContent.Snapshot(content, report.getComment(),
                report.rowCommentTexts(), report.isNothingToReport(), signer));
        int number = versions.findByReport(report.getId()).size() + 1;
        ReportVersion version = versions.save(report.sign(statuses, signer, clock.instant(), LocalDate.now(clock),
                snapshot, number));
        events.publishEvent(new ReportSubmitted(report.getId(), bodyId, periodCode, period.label(), number,
                version.isLate()));
        return version;
    }

    public BodyReport accept(Long bodyId, String periodCode, Long expectedVersion, String coordinator) {
        BodyReport report = existing(bodyId, periodCode);
        requireVersion(report, expectedVersion);
        report.accept(statuses, coordinator, clock.instant());
        events.publishEvent(new ReportAccepted(report.getId(), bodyId, periodCode, schedule.period(periodCode).label()));
        return report;
    }

    public BodyReport returnWith(Long bodyId, String periodCode, Long expectedVersion, String reason, String coordinator) {
        BodyReport report = existing(bodyId, periodCode);
        requireVersion(report, expectedVersion);
        report.returnWith(statuses, reason, coordinator, clock.instant());
        events.publishEvent(new ReportReturned(report.getId(), bodyId, periodCode, schedule.period(periodCode).label(),
                report.getReturnedReason()));
        return report;
    }

    /** Submitted or accepted: no more reminders are due for it. A returned report awaits resubmission. */
    @Transactional(readOnly = true)
    public boolean isSubmitted(Long bodyId, String periodCode) {
        return reports.findByBodyIdAndPeriodCode(bodyId, periodCode).map(BodyReport::isSubmitted).orElse(false);
    }

    @Transactional(readOnly = true)
    public Optional<BodyReport> find(Long bodyId, String periodCode) {
        return reports.findByBodyIdAndPeriodCode(bodyId, periodCode);
    }

    /** The body's reports of several periods in one query, by period code. */
    public Map<String, BodyReport> find(Long bodyId, Collection<String> periodCodes) {
        Map<String, BodyReport> byPeriod = new HashMap<>();
        reports.findByBodyIdAndPeriodCodeIn(bodyId, periodCodes).forEach(r -> byPeriod.put(r.getPeriodCode(), r));
        return byPeriod;
    }

    ReportContent.Snapshot snapshot(ReportVersion version) {
        return json.readValue(version.getSnapshot(), ReportContent.Snapshot.class);
    }

    private BodyReport existing(Long bodyId, String periodCode) {
        schedule.period(periodCode);
        return reports.findByBodyIdAndPeriodCode(bodyId, periodCode)
                .orElseThrow(() -> new DomainException("reporting.notStarted"));
    }

    /** A form carries the version it was read at; another person's change in between is named, never overwritten. */
    private void requireVersion(BodyReport report, Long expected) {
        if (expected == null || expected == report.getVersion()) {
            return;
        }
        List<Number> revs = AuditReaderFactory.get(em).getRevisions(BodyReport.class, report.getId());
        String who = "—";
        String when = "";
        if (!revs.isEmpty()) {
            AuditRevision rev = em.find(AuditRevision.class, revs.get(revs.size() - 1).longValue());
            if (rev != null) {
                who = rev.getUserFullName() != null ? rev.getUserFullName() : rev.getUsername();
                when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                        .format(Instant.ofEpochMilli(rev.getTimestamp()).atZone(ZoneId.of(clock.getZone().getId())));
            }
        }
        throw new DomainException("reporting.conflict", who, when);
    }

    /** A report page's data. {@code shownVersion} is null while the rows are live. */
    public record ReportView(ReportingPeriod period, BodyReport report, ReportContent.Snapshot snapshot,
                             List<ReportVersion> versions, ReportVersion shownVersion) {

        public String statusCode() {
            return report == null ? ReportStatus.NOT_STARTED : report.getStatus();
        }

        public boolean editable() {
            return report == null || report.isEditable();
        }
    }
}
