package ru.praktika.adoption.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.TestUsers;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.security.CurrentUser;

/** Import of the catalogue (cl. 5.1): good rows, bad rows with reasons, idempotence, updates, rollback. */
@PraktikaTest
class CatalogueImportTest {

    private static final CatalogueImport.Progress QUIET = (phase, done, total) -> { };

    @Autowired
    CatalogueImport importer;
    @Autowired
    CataloguePracticeRepository practices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers users;

    private CurrentUser officer() {
        return users.current("officer.zdrav");
    }

    private static String url(String tag) {
        return "https://smarteka.com/practices/" + tag;
    }

    private CatalogueImport.Report run(String fileName, byte[] content) {
        return importer.run(ImportFile.read(fileName, content), officer(), QUIET);
    }

    @Test
    void goodRowsAreCreatedBadRowsRejectedWithLineAndReasonAndReimportChangesNothing() {
        String tag = UUID.randomUUID().toString();
        String csv = """
                smarteka_url;title;region;category;summary;algorithm;tags;recommended;recommended_year
                %1$s-a;Школа здоровья для пожилых;Приморский край;Здравоохранение;Занятия в поликлиниках;"Шаг 1
                Шаг 2";пожилые;да;2024
                %1$s-b;Народный университет;Красноярский край;«Образование»;Курсы для взрослых;;;нет;
                %1$s-c;;Приморский край;Здравоохранение;;;;;
                https://example.com/x;Чужая ссылка;Приморский край;Здравоохранение;;;;;
                %1$s-d;Неизвестный регион;Нарния;Здравоохранение;;;;;
                %1$s-e;Неизвестная категория;Приморский край;Космос;;;;;
                %1$s-a;Повтор ссылки;Приморский край;Здравоохранение;;;;;
                %1$s-f;Плохой год;Приморский край;Здравоохранение;;;;да;двадцать
                """.formatted(url(tag));
        CatalogueImport.Report report = run("catalogue.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(report.total()).isEqualTo(8);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.updated()).isZero();
        assertThat(report.rejected()).extracting(CatalogueImport.Rejected::line).containsExactly(5, 6, 7, 8, 9, 10);
        assertThat(report.rejected()).extracting(CatalogueImport.Rejected::reason).containsExactly(
                "Нет названия.",
                "Ссылка должна вести на платформу «Смартека» по защищённому протоколу (https://smarteka.com/…).",
                "Субъект РФ «Нарния» не найден среди 89 субъектов.",
                "Категория «Космос» не найдена в справочнике.",
                "Ссылка повторяет строку 2.",
                "Год рекомендации «двадцать» — не год от 2000 до 2100.");
        CataloguePractice a = practices.findByUrl(url(tag) + "-a").orElseThrow();
        assertThat(a.getAlgorithm()).isEqualTo("Шаг 1\nШаг 2");
        assertThat(a.isRecommended()).isTrue();
        assertThat(a.getRecommendedYear()).isEqualTo(2024);
        Integer audited = jdbc.queryForObject("select count(*) from catalogue_practice_aud where id = ?", Integer.class, a.getId());
        assertThat(audited).isEqualTo(1);

        CatalogueImport.Report again = run("catalogue.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(practices.findByUrl(url(tag) + "-a").orElseThrow().getVersion()).isEqualTo(a.getVersion());
        assertThat(jdbc.queryForObject("select count(*) from catalogue_practice_aud where id = ?", Integer.class, a.getId()))
                .isEqualTo(1);
    }

    @Test
    void aChangedRowUpdatesTheCardFoundByItsSmartekaLink() {
        String tag = UUID.randomUUID().toString();
        String header = "smarteka_url,title,region,category,summary\n";
        run("v1.csv", (header + url(tag) + ",Прогулка с врачом,Приморский край,Здравоохранение,Первая редакция\n")
                .getBytes(StandardCharsets.UTF_8));
        Long id = practices.findByUrl(url(tag)).orElseThrow().getId();
        byte[] second = (header + url(tag).toUpperCase().replace("HTTPS://SMARTEKA.COM", "https://smarteka.com")
                + ",Прогулка с врачом,Приморский край,Здравоохранение,\"Вторая редакция, с запятой\"\n").getBytes(StandardCharsets.UTF_8);
        // An officer's file adds cards but does not change a shared one: that is the coordinator's.
        CatalogueImport.Report byOfficer = run("v2.csv", second);
        assertThat(byOfficer.updated()).isZero();
        assertThat(byOfficer.rejected()).extracting(CatalogueImport.Rejected::reason).containsExactly(
                "Карточка с этой ссылкой уже есть в каталоге; изменить общую карточку может только координатор.");
        CatalogueImport.Report report = importer.run(ImportFile.read("v2.csv", second), users.current("coordinator"), QUIET);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.created()).isZero();
        CataloguePractice p = practices.findById(id).orElseThrow();
        assertThat(p.getSummary()).isEqualTo("Вторая редакция, с запятой");
        assertThat(p.getVersion()).isEqualTo(1);
    }

    @Test
    void anHttpLinkIsRefusedLikeForOwnPractices() {
        String csv = "smarteka_url;title;region;category\nhttp://smarteka.com/practices/" + UUID.randomUUID()
                + ";Без шифрования;Приморский край;Здравоохранение\n";
        CatalogueImport.Report report = run("http.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(report.created()).isZero();
        assertThat(report.rejected()).extracting(CatalogueImport.Rejected::reason).containsExactly(
                "Ссылка должна вести на платформу «Смартека» по защищённому протоколу (https://smarteka.com/…).");
    }

    @Test
    void xlsxAndJsonInTheSameColumnsImportAlike() throws Exception {
        String tag = UUID.randomUUID().toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet();
            String[][] rows = {{"smarteka_url", "title", "region", "category", "recommended_year"},
                    {url(tag) + "-x", "Санаторий на дому", "Ставропольский край", "Социальная поддержка", null},
                    {url(tag) + "-y", "", "Ставропольский край", "Социальная поддержка", null}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 4; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            sheet.getRow(0).createCell(4).setCellValue("recommended_year");
            sheet.getRow(1).createCell(4).setCellValue(2023);
            book.write(out);
        }
        CatalogueImport.Report xlsx = run("catalogue.xlsx", out.toByteArray());
        assertThat(xlsx.created()).isEqualTo(1);
        assertThat(xlsx.rejected()).extracting(CatalogueImport.Rejected::line).containsExactly(3);
        assertThat(practices.findByUrl(url(tag) + "-x").orElseThrow().getRecommendedYear()).isEqualTo(2023);

        String json = """
                [
                  {"smarteka_url": "%1$s-j", "title": "Атмосфера", "region": "18",
                   "category": "Региональное и муниципальное управление", "tags": ["команды", "муниципалитеты"],
                   "algorithm": ["Сформировать команды", "Провести сессии"], "recommended": true},
                  {"smarteka_url": "%1$s-k",
                   "title": "Без региона", "category": "Туризм"}
                ]""".formatted(url(tag));
        CatalogueImport.Report fromJson = run("catalogue.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(fromJson.created()).isEqualTo(1);
        assertThat(fromJson.rejected()).extracting(CatalogueImport.Rejected::line).containsExactly(5);
        CataloguePractice j = practices.findByUrl(url(tag) + "-j").orElseThrow();
        assertThat(j.getTags()).isEqualTo("команды, муниципалитеты");
        assertThat(j.algorithmSteps()).containsExactly("Сформировать команды", "Провести сессии");
    }

    @Test
    void aFailureMidwayLeavesNothingHalfImported() {
        String tag = UUID.randomUUID().toString();
        StringBuilder csv = new StringBuilder("smarteka_url;title;region;category\n");
        for (int i = 0; i < 500; i++) {
            csv.append(url(tag)).append('-').append(i).append(";Практика ").append(i).append(";Приморский край;Туризм\n");
        }
        List<ImportFile.RawRow> rows = ImportFile.read("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        Integer before = jdbc.queryForObject("select count(*) from catalogue_practice", Integer.class);
        assertThatThrownBy(() -> importer.run(rows, officer(), (phase, done, total) -> {
            if (phase.equals("adoption.import.phase.done")) {
                throw new IllegalStateException("connection lost");
            }
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from catalogue_practice", Integer.class)).isEqualTo(before);
        assertThat(practices.findByUrl(url(tag) + "-0")).isEmpty();
    }

    @Test
    void aFileThatIsNotACatalogueIsRefusedAsAWhole() {
        assertThatThrownBy(() -> ImportFile.read("x.pdf", new byte[] {1})).isInstanceOf(DomainException.class)
                .hasMessage("adoption.import.unknownFormat");
        assertThatThrownBy(() -> ImportFile.read("x.csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("adoption.import.noHeader");
        assertThatThrownBy(() -> ImportFile.read("x.json", "{oops".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("adoption.import.unreadable");
        assertThatThrownBy(() -> ImportFile.read("x.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("adoption.import.unreadable");
    }
}
