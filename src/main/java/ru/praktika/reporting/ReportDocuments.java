package ru.praktika.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.praktika.adoption.ImplementationsForReport.ImplementationLine;
import ru.praktika.directory.Directory;
import ru.praktika.practices.OwnPracticesForReport.PlacementLine;
import ru.praktika.reporting.OfficialDocument.Section;
import ru.praktika.reporting.OfficialDocument.Table;

/** Turns a body's report and the consolidated report into {@link OfficialDocument}s, all text from the bundle. */
@Component
class ReportDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;
    private final Directory directory;

    ReportDocuments(MessageSource messages, Directory directory) {
        this.messages = messages;
        this.directory = directory;
    }

    OfficialDocument bodyReport(BodyReports.ReportView view, LocalDate today) {
        ReportContent.Snapshot s = view.snapshot();
        ReportContent c = s.content();
        List<Section> sections = new ArrayList<>();
        if (s.nothingToReport()) {
            sections.add(new Section(null, List.of(m("reporting.nothing.text")), null));
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (ReportContent.CategorySection cat : c.placements()) {
            if (cat.rows().isEmpty()) {
                rows.add(List.of("", cat.categoryName(), m("reporting.section.none"), "", "", ""));
            }
            for (PlacementLine p : cat.rows()) {
                rows.add(List.of(String.valueOf(n++), cat.categoryName(), p.title(), nz(p.statusName()),
                        join(nz(p.smartekaApplicationNumber()), date(p.submittedOn()), date(p.publishedOn()), nz(p.smartekaUrl())),
                        nz(s.rowComments().get(ReportContent.placementKey(p)))));
            }
        }
        sections.add(new Section(m("reporting.section1.title"), List.of(),
                new Table(m("reporting.sheet.placements"), List.of("№", m("reporting.col.category"), m("reporting.col.practice"),
                        m("reporting.col.status"), m("reporting.col.smarteka"), m("reporting.col.comment")),
                        List.of(5, 17, 30, 14, 19, 15), rows)));
        List<List<String>> impl = new ArrayList<>();
        n = 1;
        for (ImplementationLine i : c.implementations()) {
            impl.add(List.of(String.valueOf(n++), join(i.practiceTitle(), nz(i.sourceRegion())), nz(i.smartekaUrl()),
                    result(i), join(nz(i.responsibleFullName()), nz(i.responsiblePosition()), nz(i.responsiblePhone()),
                            nz(i.responsibleEmail())), nz(s.rowComments().get(ReportContent.implementationKey(i)))));
        }
        if (impl.isEmpty()) {
            impl.add(List.of("", m("reporting.section.none"), "", "", "", ""));
        }
        sections.add(new Section(m("reporting.section2.title"), List.of(),
                new Table(m("reporting.sheet.implementations"), List.of("№", m("reporting.col.practice"), m("reporting.col.link"),
                        m("reporting.col.result"), m("reporting.col.responsible"), m("reporting.col.comment")),
                        List.of(5, 25, 18, 20, 18, 14), impl)));
        if (s.comment() != null) {
            sections.add(new Section(m("reporting.comment.title"), List.of(s.comment()), null));
        }
        String signer = s.signedBy() != null ? s.signedBy() : m("reporting.doc.notSigned");
        return new OfficialDocument("otchet-" + c.periodCode(), c.bodyName(), m("reporting.doc.bodyType"),
                m("reporting.doc.date", DATE.format(today)), m("reporting.doc.bodyHeading", view.period().label()),
                sections, m("reporting.doc.head"), signer, null);
    }

    OfficialDocument consolidated(ConsolidatedReport r) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(null, List.of(m("reporting.cons.lead", directory.region().getNameGenitive(),
                r.scopeLabel(), DATE.format(r.asOf()), r.byBody().size(), r.placements().size(), r.implementations().size(),
                r.overdueActivities().size(), r.discipline().size())), null));
        sections.add(new Section(m("reporting.cons.byCategory"), List.of(), new Table(m("reporting.sheet.byCategory"),
                List.of(m("reporting.col.category"), m("reporting.col.placements"), m("reporting.col.implementations")),
                List.of(60, 20, 20), r.byCategory().stream().map(x -> List.of(x.category(), String.valueOf(x.placements()),
                        String.valueOf(x.implementations()))).toList())));
        sections.add(new Section(m("reporting.cons.byBody"), List.of(), new Table(m("reporting.sheet.byBody"),
                List.of(m("reporting.col.body"), m("reporting.col.placements"), m("reporting.col.implementations"),
                        m("reporting.col.reportStatus")),
                List.of(45, 15, 15, 25), r.byBody().stream().map(x -> List.of(x.body(), String.valueOf(x.placements()),
                        String.valueOf(x.implementations()), x.reportStatus())).toList())));
        sections.add(new Section(m("reporting.section1.title"), List.of(), new Table(m("reporting.sheet.placements"),
                List.of(m("reporting.col.body"), m("reporting.col.category"), m("reporting.col.practice"),
                        m("reporting.col.status"), m("reporting.col.smarteka"), m("reporting.col.comment")),
                List.of(15, 15, 28, 12, 18, 12), r.placements().stream().map(p -> List.of(p.body(), p.category(), p.title(),
                        nz(p.status()), join(nz(p.smartekaNumber()), date(p.submittedOn()), date(p.publishedOn()),
                                nz(p.smartekaUrl())), nz(p.comment()))).toList())));
        sections.add(new Section(m("reporting.section2.title"), List.of(), new Table(m("reporting.sheet.implementations"),
                List.of(m("reporting.col.body"), m("reporting.col.practice"), m("reporting.col.region"),
                        m("reporting.col.link"), m("reporting.col.status"), m("reporting.col.result"),
                        m("reporting.col.responsible")),
                List.of(12, 20, 10, 16, 10, 16, 16), r.implementations().stream().map(i -> List.of(i.body(), i.practice(),
                        nz(i.sourceRegion()), nz(i.smartekaUrl()), nz(i.status()), nz(i.result()), nz(i.responsible())))
                        .toList())));
        sections.add(new Section(m("reporting.cons.overdue"), List.of(), new Table(m("reporting.sheet.overdue"),
                List.of(m("reporting.col.body"), m("reporting.col.practice"), m("reporting.col.activity"),
                        m("reporting.col.due"), m("reporting.col.responsible"), m("reporting.col.explanation")),
                List.of(14, 20, 22, 10, 16, 18), r.overdueActivities().stream().map(o -> List.of(o.body(),
                        nz(o.activity().practiceTitle()), join(nz(o.activity().activityNumber()), nz(o.activity().activityTitle())),
                        date(o.activity().dueDate()), nz(o.activity().responsibleName()), nz(o.activity().explanation())))
                        .toList())));
        sections.add(new Section(m("reporting.cons.discipline"), List.of(), new Table(m("reporting.sheet.discipline"),
                List.of(m("reporting.col.period"), m("reporting.col.body"), m("reporting.col.reportStatus"),
                        m("reporting.col.deadline"), m("reporting.col.submittedOn")),
                List.of(20, 35, 19, 13, 13), r.discipline().stream().map(x -> List.of(x.period(), x.body(), x.status(),
                        date(x.deadline()), x.submittedOn())).toList())));
        String coordinator = directory.coordinator().getFullName();
        return new OfficialDocument("svodnyj-otchet-" + r.scope(), coordinator, m("reporting.doc.consType"),
                m("reporting.doc.date", DATE.format(r.generatedOn())), m("reporting.doc.consHeading", r.scopeLabel()),
                sections, m("reporting.doc.coordinatorHead"), m("reporting.doc.signPlaceholder"),
                m("reporting.doc.executor"));
    }

    private String result(ImplementationLine i) {
        String achieved = nz(i.achievedResult());
        String planned = nz(i.plannedResult());
        if (!achieved.isEmpty()) {
            return m("reporting.result.achieved", achieved);
        }
        return planned.isEmpty() ? "" : m("reporting.result.planned", planned);
    }

    private String m(String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.forLanguageTag("ru-RU"));
    }

    private static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String join(String... parts) {
        return String.join("\n", Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
