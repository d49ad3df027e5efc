package ru.praktika.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.praktika.adoption.ImplementationsForReport.ImplementationLine;
import ru.praktika.adoption.ImplementationsForReport.OverdueActivityLine;
import ru.praktika.directory.Category;
import ru.praktika.directory.Directory;
import ru.praktika.directory.ResponsibleBody;
import ru.praktika.directory.ResponsibleBodyRepository;
import ru.praktika.platform.MutableClock;
import ru.praktika.practices.OwnPracticesForReport.PlacementLine;
import ru.praktika.reporting.ConsolidatedExports;
import ru.praktika.reporting.ReportingFixtures;
import ru.praktika.reporting.ReportingTest;

/**
 * A year's consolidated report for 20 bodies with 2,000 implementations, in each format. Not a timed test
 * and not run by {@code verify}: run it with
 * {@code ./mvnw -q -B test -Dtest=ConsolidatedReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and copy the numbers from target/bench/consolidated-report.txt into docs/benchmarks-reporting.md.
 */
@ReportingTest
class ConsolidatedReportBenchmark {

    static final int BODIES = 20;
    static final int IMPLEMENTATIONS = 2000;
    static final int PLACEMENTS_PER_BODY = 15;
    static final int RUNS = 5;

    @Autowired
    ConsolidatedExports exports;
    @Autowired
    ru.praktika.reporting.ConsolidatedReports reports;
    @Autowired
    Directory directory;
    @Autowired
    ResponsibleBodyRepository bodies;
    @Autowired
    ReportingFixtures.FixturePractices practices;
    @Autowired
    ReportingFixtures.FixtureImplementations implementations;
    @Autowired
    MutableClock clock;

    @AfterEach
    void reset() {
        practices.clear();
        implementations.clear();
        clock.reset();
    }

    @Test
    void yearOfTwentyBodiesWithTwoThousandImplementations() throws Exception {
        List<ResponsibleBody> reporting = reportingBodies();
        Category business = directory.categories().stream().filter(c -> c.getCode().equals("business")).findFirst().orElseThrow();
        long id = 1;
        List<OverdueActivityLine> overdue = new ArrayList<>();
        for (int b = 0; b < reporting.size(); b++) {
            ResponsibleBody body = reporting.get(b);
            List<PlacementLine> own = new ArrayList<>();
            for (int i = 0; i < PLACEMENTS_PER_BODY; i++) {
                own.add(new PlacementLine(id, "Практика " + body.getShortName() + " № " + i + ": поддержка малого бизнеса в муниципальных округах",
                        business.getId(), business.getName(), "PUBLISHED", "Размещена на «Смартеке»", LocalDate.of(2027, 3, 1),
                        "СМ-2027-" + id, LocalDate.of(2027, 4, 1), "https://smarteka.com/practices/" + id, "б", 1));
                id++;
            }
            practices.set(body.getId(), own);
            List<ImplementationLine> impl = new ArrayList<>();
            for (int i = 0; i < IMPLEMENTATIONS / BODIES; i++) {
                impl.add(new ImplementationLine(id, "Внедряемая практика № " + id + " «Бережливый регион: сокращение сроков услуг»",
                        "Республика Татарстан", "https://smarteka.com/practices/tat-" + id, business.getId(), business.getName(),
                        "IN_PROGRESS", "Внедряется", "Сократить срок предоставления услуги с 30 до 10 рабочих дней",
                        "Срок сокращён до 18 рабочих дней", "Иванова Мария Петровна", "начальник отдела",
                        "+7 (4162) 20-00-" + (10 + i % 80), "ivanova" + i + "@amurobl.ru", 60));
                if (i % 10 == 0) {
                    overdue.add(new OverdueActivityLine(id + 100_000, id, body.getId(), "Бережливый регион", "3." + i,
                            "Утвердить регламент межведомственного взаимодействия", LocalDate.of(2027, 9, 1),
                            "Иванова Мария Петровна", null, "Согласование затянулось"));
                }
                id++;
            }
            implementations.set(body.getId(), impl);
        }
        implementations.activities(overdue);
        clock.setTo(LocalDate.of(2028, 2, 1));

        StringBuilder out = new StringBuilder("format\tbytes\tbest ms\tmedian ms\n");
        measure(out, "report build only", () -> new byte[reports.build("2027").implementations().size()]);
        measure(out, "DOCX", () -> exports.docx("2027"));
        measure(out, "XLSX", () -> exports.xlsx("2027"));
        measure(out, "PDF", () -> exports.pdf("2027"));
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "consolidated-report.txt"), out.toString());
        System.out.println(out);
    }

    private void measure(StringBuilder out, String format, Supplier<byte[]> export) {
        export.get(); // warm-up
        long[] ms = new long[RUNS];
        int size = 0;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            size = export.get().length;
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        java.util.Arrays.sort(ms);
        out.append(format).append('\t').append(size).append('\t').append(ms[0]).append('\t').append(ms[RUNS / 2]).append('\n');
    }

    /** App. 1 has 18 bodies; two more are added to this benchmark's own database to make 20. */
    private List<ResponsibleBody> reportingBodies() {
        for (int i = 1; i <= BODIES - 18; i++) {
            String code = "bench" + i;
            if (bodies.findByCode(code).isEmpty()) {
                ResponsibleBody body = bodies.save(new ResponsibleBody(code, "Тестовое управление № " + i + " Амурской области",
                        "Управление № " + i, null));
                Category business = directory.categories().stream().filter(c -> c.getCode().equals("business")).findFirst().orElseThrow();
                directory.assign(business.getId(), body.getId(), LocalDate.of(2026, 6, 9), "бенчмарк");
            }
        }
        return directory.appendixOne(LocalDate.of(2027, 12, 31)).stream().flatMap(cb -> cb.bodies().stream()).distinct().toList();
    }
}
