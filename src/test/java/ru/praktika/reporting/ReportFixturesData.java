package ru.praktika.reporting;

import java.time.LocalDate;
import ru.praktika.adoption.ImplementationsForReport.ImplementationLine;
import ru.praktika.adoption.ImplementationsForReport.OverdueActivityLine;
import ru.praktika.directory.Category;
import ru.praktika.directory.Directory;
import ru.praktika.directory.ResponsibleBody;
import ru.praktika.practices.OwnPracticesForReport.PlacementLine;

/** Realistic Amur rows for the fixtures. */
public final class ReportFixturesData {

    private ReportFixturesData() {
    }

    public static Long body(Directory directory, String code) {
        return directory.bodies().stream().filter(b -> b.getCode().equals(code)).map(ResponsibleBody::getId).findFirst()
                .orElseThrow();
    }

    public static Category category(Directory directory, String code) {
        return directory.categories().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
    }

    public static PlacementLine placement(long id, String title, Category c) {
        return new PlacementLine(id, title, c.getId(), c.getName(), "PUBLISHED", "Размещена на «Смартеке»",
                LocalDate.of(2025, 2, 10), "СМ-2025-" + id, LocalDate.of(2025, 3, 3),
                "https://smarteka.com/practices/" + id, "б", 2);
    }

    public static ImplementationLine implementation(long id, String title, Category c) {
        return new ImplementationLine(id, title, "Республика Татарстан", "https://smarteka.com/practices/tat-" + id,
                c.getId(), c.getName(), "IN_PROGRESS", "Внедряется", "Сократить время ожидания приёма на 30 %",
                id % 2 == 0 ? "Время ожидания сокращено на 12 %" : null, "Соколов Игорь Викторович",
                "главный специалист-эксперт", "+7 (4162) 20-00-00", "officer.zdrav@praktika.example", 40);
    }

    public static OverdueActivityLine activity(long id, long implementationId, Long bodyId, LocalDate due, Long responsibleUserId) {
        return new OverdueActivityLine(id, implementationId, bodyId, "Бережливая поликлиника", "2." + id,
                "Утвердить порядок маршрутизации пациентов", due, "Соколов Игорь Викторович", responsibleUserId,
                "Проект приказа на согласовании");
    }
}
