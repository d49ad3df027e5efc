package ru.praktika.reporting;

import static ru.praktika.reporting.DocumentParts.DATE;
import static ru.praktika.reporting.DocumentParts.join;
import static ru.praktika.reporting.DocumentParts.nz;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.praktika.adoption.ImplementationsForReport.ImplementationLine;
import ru.praktika.audit.AuditTrail;
import ru.praktika.audit.LastChange;
import ru.praktika.directory.Directory;
import ru.praktika.platform.security.CurrentUsers;
import ru.praktika.practices.OwnPracticesForReport.PlacementLine;
import ru.praktika.reporting.OfficialDocument.Section;
import ru.praktika.reporting.OfficialDocument.Table;

/**
 * Turns a body report and the consolidated report into {@link OfficialDocument}s: every requisite from data
 * (addressee, signatory, executor), every word from the bundle. Column widths are chosen so the longest
 * Russian word of a column (Здравоохранение, предпринимательства) fits on one line.
 */
@Component
class ReportDocuments {

    /** Versions not yet (or no longer) submitted carry the ПРОЕКТ mark. */
    private static final Set<String> DRAFTS = Set.of(ReportStatus.NOT_STARTED, ReportStatus.DRAFT,
            ReportStatus.AWAITING_SIGNOFF, ReportStatus.RETURNED);

    private final DocumentParts parts;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReportingSchedule schedule;

    ReportDocuments(DocumentParts parts, Directory directory, AuditTrail audit, Clock clock, ReportingSchedule schedule) {
        this.schedule = schedule;
        this.parts = parts;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    OfficialDocument bodyReport(BodyReports.ReportView view, LocalDate today) {
        ReportContent.Snapshot s = view.snapshot();
        ReportContent c = s.content();
        List<Section> sections = new ArrayList<>();
        if (s.nothingToReport()) {
            sections.add(new Section(null, List.of(m("reporting.nothing.text")), null));
        }
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (ReportContent.CategorySection cat : c.placements()) {
            if (cat.rows().isEmpty()) {
                rows.add(List.of("", cat.categoryName(), m("reporting.section.none"), "", "", ""));
            }
            for (PlacementLine p : cat.rows()) {
                rows.add(List.of(n++, cat.categoryName(), p.title(), nz(p.statusName()),
                        parts.smarteka(p.smartekaApplicationNumber(), p.submittedOn(), p.publishedOn(), p.smartekaUrl()),
                        nz(s.rowComments().get(ReportContent.placementKey(p)))));
            }
        }
        boolean noPlacements = c.placementCount() == 0;
        sections.add(section(m("reporting.section1.title"), new Table(m("reporting.sheet.placements"),
                List.of("№", m("reporting.col.category"), m("reporting.col.practice"), m("reporting.col.status"),
                        m("reporting.col.smarteka"), m("reporting.col.comment")),
                List.of(5, 21, 27, 14, 17, 16), noPlacements ? List.of() : rows)));
        List<List<Object>> impl = new ArrayList<>();
        n = 1;
        for (ImplementationLine i : c.implementations()) {
            impl.add(List.of(n++, join(i.practiceTitle(), nz(i.sourceRegion())), parts.link(i.smartekaUrl()),
                    nz(i.plannedResult()), nz(i.achievedResult()),
                    join(nz(i.responsibleFullName()), nz(i.responsiblePosition()), nz(i.responsiblePhone()),
                            nz(i.responsibleEmail())), nz(s.rowComments().get(ReportContent.implementationKey(i)))));
        }
        sections.add(section(m("reporting.section2.title"), new Table(m("reporting.sheet.implementations"),
                List.of("№", m("reporting.col.practice"), m("reporting.col.link"), m("reporting.col.planned"),
                        m("reporting.col.achieved"), m("reporting.col.responsible"), m("reporting.col.comment")),
                List.of(5, 17, 13, 15, 15, 18, 17), impl)));
        if (s.comment() != null && !s.comment().isBlank()) {
            sections.add(new Section(m("reporting.comment.title"), List.of(s.comment()), null));
        }
        BodyReport report = view.report();
        boolean draft = view.shownVersion() == null && DRAFTS.contains(view.statusCode());
        LocalDate signedOn = report != null && report.getSignedAt() != null && !draft
                ? report.getSignedAt().atZone(clock.getZone()).toLocalDate() : null;
        DocumentParts.Signature sign = parts.signature(c.bodyId(), s.signedBy());
        String lastEditor = report == null ? null
                : audit.lastChange(BodyReport.class, report.getId()).map(LastChange::username).orElse(null);
        String bodyShort = directory.body(c.bodyId()).getShortName();
        return new OfficialDocument(m("reporting.file.body", bodyShort, view.period().label()), c.bodyName(),
                List.of(directory.coordinator().getFullName()), m("reporting.doc.bodyType"), signedOn, null,
                m("reporting.doc.bodyHeading", view.period().label()), view.period().label(), c.asOf(),
                draft ? m("reporting.doc.draft") : null, sections, sign.position(), sign.name(),
                parts.executor(parts.officer(c.bodyId(), lastEditor)));
    }

    OfficialDocument consolidated(ConsolidatedReport r) {
        List<Section> sections = new ArrayList<>();
        int submitted = r.byBody().size() - r.notSubmitted().size();
        sections.add(new Section(null, List.of(m("reporting.cons.lead", schedule.region().getNameGenitive(),
                r.scopeLabel(), DATE.format(r.asOf()), submitted, r.byBody().size(), r.placements().size(),
                r.implementations().size(), r.overdueActivities().size(), r.discipline().size())), null));
        sections.add(new Section(m("reporting.cons.notSubmitted"),
                List.of(r.notSubmitted().isEmpty() ? m("reporting.doc.none") : String.join(", ", r.notSubmitted()) + "."), null));
        sections.add(section(m("reporting.cons.byCategory"), new Table(m("reporting.sheet.byCategory"),
                List.of(m("reporting.col.category"), m("reporting.col.placements"), m("reporting.col.implementations")),
                List.of(50, 25, 25), r.byCategory().stream().<List<Object>>map(x -> List.of(x.category(), x.placements(),
                        x.implementations())).toList())));
        sections.add(section(m("reporting.cons.byBody"), new Table(m("reporting.sheet.byBody"),
                List.of(m("reporting.col.body"), m("reporting.col.placements"), m("reporting.col.implementations"),
                        m("reporting.col.reportStatus")),
                List.of(40, 20, 20, 20), r.byBody().stream().<List<Object>>map(x -> List.of(x.body(), x.placements(),
                        x.implementations(), x.reportStatus())).toList())));
        sections.add(section(m("reporting.section1.title"), new Table(m("reporting.sheet.placements"),
                List.of(m("reporting.col.body"), m("reporting.col.category"), m("reporting.col.practice"),
                        m("reporting.col.status"), m("reporting.col.smarteka"), m("reporting.col.comment")),
                List.of(13, 20, 22, 13, 16, 16), r.placements().stream().<List<Object>>map(p -> List.of(p.body(), p.category(),
                        p.title(), nz(p.status()), parts.smarteka(p.smartekaNumber(), p.submittedOn(), p.publishedOn(),
                                p.smartekaUrl()), nz(p.comment()))).toList())));
        sections.add(section(m("reporting.section2.title"), new Table(m("reporting.sheet.implementations"),
                List.of(m("reporting.col.body"), m("reporting.col.practice"), m("reporting.col.link"),
                        m("reporting.col.status"), m("reporting.col.planned"), m("reporting.col.achieved"),
                        m("reporting.col.responsible")),
                List.of(13, 14, 13, 12, 15, 15, 18), r.implementations().stream().<List<Object>>map(i -> List.of(i.body(),
                        join(i.practice(), nz(i.sourceRegion())), parts.link(i.smartekaUrl()), nz(i.status()),
                        nz(i.planned()), nz(i.achieved()), nz(i.responsible()))).toList())));
        sections.add(section(m("reporting.cons.overdue"), new Table(m("reporting.sheet.overdue"),
                List.of(m("reporting.col.body"), m("reporting.col.practice"), m("reporting.col.activity"),
                        m("reporting.col.due"), m("reporting.col.responsible"), m("reporting.col.explanation")),
                List.of(14, 20, 20, 12, 18, 16), r.overdueActivities().stream().<List<Object>>map(o -> List.of(o.body(),
                        nz(o.activity().practiceTitle()), join(nz(o.activity().activityNumber()), nz(o.activity().activityTitle())),
                        date(o.activity().dueDate()), nz(o.activity().responsibleName()), nz(o.activity().explanation())))
                        .toList())));
        sections.add(section(m("reporting.cons.discipline"), new Table(m("reporting.sheet.discipline"),
                List.of(m("reporting.col.period"), m("reporting.col.body"), m("reporting.col.reportStatus"),
                        m("reporting.col.deadline"), m("reporting.col.submittedOn")),
                List.of(18, 32, 20, 14, 16), r.discipline().stream().<List<Object>>map(x -> List.of(x.period(), x.body(),
                        x.status(), date(x.deadline()), x.submittedOn())).toList())));
        var coordinator = directory.coordinator();
        var region = directory.region();
        DocumentParts.Signature sign = parts.consolidatedSignature(coordinator.getId(), region.getSignatoryPosition(),
                region.getSignatoryName());
        String executor = parts.executor(CurrentUsers.find().flatMap(u -> parts.person(u.username())));
        return new OfficialDocument(m("reporting.file.consolidated", r.scopeLabel()), coordinator.getFullName(), null,
                m("reporting.doc.consType"), null, null, m("reporting.doc.consHeading", r.scopeLabel()), r.scopeLabel(),
                r.asOf(), null, sections, sign.position(), sign.name(), executor);
    }

    /** A table section; the documents print Нет. for a table without rows, the spreadsheet keeps its headers. */
    private Section section(String heading, Table table) {
        return new Section(heading, List.of(), table, m("reporting.doc.none"));
    }

    private String m(String key, Object... args) {
        return parts.m(key, args);
    }

    /** Dates stay dates: the spreadsheet writes them as real dates, the documents as dd.MM.yyyy. */
    private static Object date(LocalDate d) {
        return d == null ? "" : d;
    }
}
