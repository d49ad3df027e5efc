package ru.praktika.adoption.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import ru.praktika.PraktikaTest;
import ru.praktika.adoption.ActivityOverdue;
import ru.praktika.adoption.AdoptionFixtures;
import ru.praktika.adoption.ImplementationApplied;
import ru.praktika.adoption.ImplementationsForReport;
import ru.praktika.adoption.RoadmapApproved;
import ru.praktika.adoption.implementation.Implementation;
import ru.praktika.adoption.implementation.ImplementationStatus;
import ru.praktika.adoption.implementation.Implementations;
import ru.praktika.adoption.implementation.StatusChange;
import ru.praktika.platform.ForbiddenException;
import ru.praktika.platform.MutableClock;

/** Implementation workflow end to end in the services: application, roadmap, approval, versions, overdue, XLSX. */
@PraktikaTest
@RecordApplicationEvents
class RoadmapFlowTest {

    static final String ALGORITHM = "Создать рабочую группу (14 дней)\nПровести аудит (30 дней)\nЗапустить (60 дней)";

    @Autowired
    AdoptionFixtures fx;
    @Autowired
    Roadmaps roadmaps;
    @Autowired
    Implementations implementations;
    @Autowired
    OverdueActivities overdue;
    @Autowired
    RoadmapSpreadsheet spreadsheet;
    @Autowired
    ImplementationsForReport report;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void reset() {
        clock.reset();
        fx.clear();
    }

    private Roadmap approvedRoadmap(LocalDate start) {
        Implementation i = fx.applied("officer.zdrav", ALGORITHM);
        Roadmap r = roadmaps.create(i.getId(), start, true);
        fx.as("head.zdrav");
        r = roadmaps.find(r.getId());
        return roadmaps.approve(r.getId(), r.getVersion(), "15-од", LocalDate.now(clock), "prikaz.pdf", new byte[] {1});
    }

    @Test
    void applicationIsAnnouncedAndEveryMoveRecordsWhoAndWhy() {
        Implementation i = fx.applied("officer.zdrav", ALGORITHM);
        assertThat(i.getStatus()).isEqualTo(ImplementationStatus.APPLIED);
        assertThat(events.stream(ImplementationApplied.class).filter(e -> e.implementationId().equals(i.getId())))
                .hasSize(1);
        List<StatusChange> history = implementations.history(i.getId());
        assertThat(history).extracting(StatusChange::getToCode).containsExactly("STUDY", "APPLIED");
        assertThat(history).extracting(StatusChange::getChangedBy).containsOnly("Соколов Игорь Викторович");
        Implementation current = implementations.find(i.getId());
        assertThatThrownBy(() -> implementations.move(i.getId(), current.getVersion(), "IN_PROGRESS", null))
                .hasMessage("adoption.status.notAllowed");
        implementations.move(i.getId(), current.getVersion(), "CANCELLED", "Практика неприменима: нет оборудования");
        assertThat(implementations.history(i.getId()).get(2).getReason()).isEqualTo("Практика неприменима: нет оборудования");
        fx.as("officer.soc");
        assertThatThrownBy(() -> implementations.record(i.getId(), 0, "x", null, null, null, null, null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void templateThenApprovalByTheHeadOfTheBodyThenEveryChangeIsAComparableVersion() {
        Implementation i = fx.applied("officer.zdrav", ALGORITHM);
        LocalDate start = LocalDate.now(clock);
        Roadmap draft = roadmaps.create(i.getId(), start, true);
        assertThat(implementations.find(i.getId()).getStatus()).isEqualTo("ROADMAP_DRAFT");
        Roadmap r = roadmaps.view(draft.getId());
        assertThat(r.getActivities()).extracting(RoadmapActivity::getDueDate)
                .containsExactly(start.plusDays(13), start.plusDays(43), start.plusDays(103));

        Roadmap loaded = roadmaps.find(draft.getId());
        assertThatThrownBy(() -> roadmaps.approve(draft.getId(), loaded.getVersion(), "1", start, "p.pdf", new byte[] {1}))
                .isInstanceOf(ForbiddenException.class);
        fx.as("head.soc");
        assertThatThrownBy(() -> roadmaps.approve(draft.getId(), loaded.getVersion(), "1", start, "p.pdf", new byte[] {1}))
                .isInstanceOf(ForbiddenException.class);
        fx.as("head.zdrav");
        roadmaps.approve(draft.getId(), loaded.getVersion(), "15-од", start, "p.pdf", new byte[] {1});
        assertThat(implementations.find(i.getId()).getStatus()).isEqualTo("ROADMAP_APPROVED");
        assertThat(events.stream(RoadmapApproved.class).filter(e -> e.roadmapId().equals(draft.getId())))
                .singleElement().extracting(RoadmapApproved::version).isEqualTo(1);
        assertThat(roadmaps.versions(draft.getId())).extracting(RoadmapVersion::getNumber).containsExactly(1);

        fx.as("officer.zdrav");
        RoadmapActivity second = roadmaps.view(draft.getId()).getActivities().get(1);
        ActivityPlan moved = new ActivityPlan("2", second.getTitle(), second.getStartDate(), start.plusDays(50), null,
                "Петров П. П.", null, null, null, null, null, 2);
        roadmaps.changeActivity(draft.getId(), second.getId(), second.getVersion(), moved, null);
        roadmaps.addActivity(draft.getId(), roadmaps.find(draft.getId()).getVersion(),
                new ActivityPlan(null, "Подвести итоги", null, start.plusDays(120), null, null, null, null, null, null, null, 1));
        assertThat(roadmaps.versions(draft.getId())).extracting(RoadmapVersion::getNumber).containsExactly(3, 2, 1);

        RoadmapComparison diff = roadmaps.compare(draft.getId(), 1, 3);
        assertThat(diff.added()).extracting(ActivitySnapshot::title).containsExactly("Подвести итоги");
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo("2");
            assertThat(c.changes()).extracting(ActivitySnapshot.FieldChange::fieldKey).containsExactly(
                    "adoption.activity.dueDate", "adoption.activity.responsibleBody", "adoption.activity.responsiblePerson",
                    "adoption.activity.weight");
        });
        assertThat(roadmaps.snapshot(draft.getId(), 1)).hasSize(3);
        assertThat(roadmaps.compare(draft.getId(), 2, 2).isEmpty()).isTrue();
    }

    @Test
    void anActivityIsAnnouncedOverdueExactlyOnceAndAgainOnlyAfterANewDueDate() {
        LocalDate today = LocalDate.now(clock);
        Roadmap r = approvedRoadmap(today);
        Long first = r.getActivities().get(0).getId();
        clock.setTo(today.plusDays(20));
        overdue.announce();
        overdue.announce();
        assertThat(events.stream(ActivityOverdue.class).filter(e -> e.activityId().equals(first)))
                .singleElement().satisfies(e -> assertThat(e.dueDate()).isEqualTo(today.plusDays(13)));
        assertThat(report.overdueActivities(null, today.plusDays(20)))
                .anyMatch(l -> l.activityId().equals(first));
        assertThat(report.overdueActivities(null, today.plusDays(5))).noneMatch(l -> l.activityId().equals(first));

        fx.as("officer.zdrav");
        RoadmapActivity a = roadmaps.view(r.getId()).getActivities().get(0);
        roadmaps.changeActivity(r.getId(), a.getId(), a.getVersion(), new ActivityPlan("1", a.getTitle(),
                a.getStartDate(), today.plusDays(25), null, null, null, null, null, null, null, 1), null);
        overdue.announce();
        assertThat(events.stream(ActivityOverdue.class).filter(e -> e.activityId().equals(first))).hasSize(1);
        clock.setTo(today.plusDays(30));
        overdue.announce();
        assertThat(events.stream(ActivityOverdue.class).filter(e -> e.activityId().equals(first))).hasSize(2);
    }

    @Test
    void progressRoundTripsThroughTheXlsxExport() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Roadmap r = approvedRoadmap(today.minusDays(20));
        fx.as("officer.zdrav");
        byte[] exported = spreadsheet.export(r.getId());
        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Дорожная карта внедрения практики «");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Мероприятие");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Создать рабочую группу");
            assertThat(sheet.getRow(2).getCell(3).getCellStyle().getDataFormatString()).as("a real date").isEqualTo("dd.mm.yyyy");
            Row first = sheet.getRow(2);
            first.getCell(12).setCellValue("выполнено");
            first.createCell(13).setCellValue(today.minusDays(8).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            first.createCell(14).setCellValue("Приказ о рабочей группе");
            first.getCell(1).setCellValue("Попытка переименовать из файла");
            sheet.getRow(3).getCell(12).setCellValue("неведомо");
            Row extra = sheet.createRow(6);
            extra.createCell(0).setCellValue("99");
            extra.createCell(12).setCellValue("в работе");
            book.write(edited);
        }
        RoadmapSpreadsheet.Report result = spreadsheet.importProgress(r.getId(), edited.toByteArray());
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(result.rejected()).extracting(RoadmapSpreadsheet.Rejected::line).containsExactly(4, 7);
        Roadmap after = roadmaps.view(r.getId());
        RoadmapActivity a = after.getActivities().get(0);
        assertThat(a.isDone()).isTrue();
        assertThat(a.getActualDate()).isEqualTo(today.minusDays(8));
        assertThat(a.getTitle()).isEqualTo("Создать рабочую группу");
        assertThat(after.progressPercent()).isEqualTo(33);
        assertThat(after.getCurrentVersion()).isEqualTo(2);

        byte[] again = spreadsheet.export(r.getId());
        RoadmapSpreadsheet.Report noChange = spreadsheet.importProgress(r.getId(), again);
        assertThat(noChange.updated()).isZero();
        assertThat(noChange.rejected()).isEmpty();
        assertThat(roadmaps.find(r.getId()).getCurrentVersion()).isEqualTo(2);
    }

    @Test
    void theReportLineCarriesWhatClause72Asks() {
        Implementation i = fx.applied("officer.zdrav", ALGORITHM);
        implementations.record(i.getId(), implementations.find(i.getId()).getVersion(), "Очередь не более 10 минут", null,
                "Иванова Мария Петровна", "консультант", "+7 (4162) 11-22-33", "ivanova@example.ru");
        implementations.addIndicator(i.getId(), "Поликлиник по новой модели", "ед.", java.math.BigDecimal.valueOf(5),
                LocalDate.of(2026, 12, 1), java.math.BigDecimal.valueOf(2), LocalDate.now(clock).minusDays(1));
        Long body = implementations.find(i.getId()).getBodyId();
        var line = report.implementations(body, LocalDate.now(clock)).stream()
                .filter(l -> l.implementationId().equals(i.getId())).findFirst().orElseThrow();
        assertThat(line.smartekaUrl()).startsWith("https://smarteka.com/");
        assertThat(line.statusName()).isEqualTo("заявка на внедрение подана");
        assertThat(line.plannedResult()).isEqualTo("Очередь не более 10 минут; Поликлиник по новой модели: 5 ед. к 01.12.2026");
        assertThat(line.achievedResult()).startsWith("Поликлиник по новой модели: 2 ед. на ");
        assertThat(line.responsibleFullName()).isEqualTo("Иванова Мария Петровна");
        assertThat(line.responsiblePhone()).isEqualTo("+7 (4162) 11-22-33");
        assertThat(line.sourceRegion()).isEqualTo("Приморский край");
        assertThat(report.implementations(body, LocalDate.now(clock).minusDays(3)))
                .noneMatch(l -> l.implementationId().equals(i.getId()));
    }
}
