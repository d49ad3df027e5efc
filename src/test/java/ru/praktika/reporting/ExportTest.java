package ru.praktika.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.praktika.reporting.ReportFixturesData.activity;
import static ru.praktika.reporting.ReportFixturesData.body;
import static ru.praktika.reporting.ReportFixturesData.category;
import static ru.praktika.reporting.ReportFixturesData.implementation;
import static ru.praktika.reporting.ReportFixturesData.placement;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.accounts.TestUsers;
import ru.praktika.directory.Category;
import ru.praktika.directory.Directory;
import ru.praktika.platform.MutableClock;

/** The exports read back as a person's program would: POI for DOCX and XLSX, PDFBox for PDF. */
@ReportingTest
class ExportTest {

    static final String PLACEMENT = "Бережливая поликлиника: запись к врачу за один звонок";
    static final String IMPLEMENTATION = "Школа здоровья для пациентов с сахарным диабетом";
    static final String SOCIAL = "Социальный контракт: своё дело";

    @Autowired
    ConsolidatedReports consolidated;
    @Autowired
    ReportDocuments documents;
    @Autowired
    DocxWriter docx;
    @Autowired
    XlsxWriter xlsx;
    @Autowired
    PdfWriter pdf;
    @Autowired
    BodyReports reports;
    @Autowired
    ReportingFixtures.FixturePractices practices;
    @Autowired
    ReportingFixtures.FixtureImplementations implementations;
    @Autowired
    Directory directory;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    Long minzdrav;
    Long minsoc;

    @BeforeEach
    void fixtures() {
        minzdrav = body(directory, "minzdrav");
        minsoc = body(directory, "minsoc");
        Category health = category(directory, "health");
        Category social = category(directory, "social");
        practices.set(minzdrav, List.of(placement(701, PLACEMENT, health)));
        implementations.set(minzdrav, List.of(implementation(702, IMPLEMENTATION, health)));
        practices.set(minsoc, List.of(placement(703, SOCIAL, social)));
        implementations.activities(List.of(activity(704, 702, minzdrav, LocalDate.of(2028, 11, 1), null)));
        clock.setTo(LocalDate.of(2029, 1, 20));
    }

    /** Keeps a generated file under target/documents to look at (LibreOffice, pdftoppm). */
    static void keep(String name, byte[] bytes) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "documents");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), bytes);
    }

    @AfterEach
    void reset() {
        practices.clear();
        implementations.clear();
        clock.reset();
    }

    @Test
    void consolidatedReportCountsListsAndDiscipline() {
        ConsolidatedReport r = consolidated.build("2028-Q4");
        assertThat(r.scopeLabel()).isEqualTo("IV квартал 2028 г.");
        // Nobody has submitted: nothing is counted silently, every body is named as not submitted.
        assertThat(r.placements()).isEmpty();
        assertThat(r.implementations()).isEmpty();
        assertThat(r.notSubmitted()).hasSize(18).contains("Минздрав", "Минсоцзащиты");
        assertThat(r.byCategory()).extracting(ConsolidatedReport.CategoryCount::category).as("Appendix 1 order")
                .containsExactly(directory.categories().stream().map(Category::getName).toArray(String[]::new));
        assertThat(r.byBody()).hasSize(18).contains(new ConsolidatedReport.BodyCount("Минздрав", 0, 0, "Просрочен"));
        assertThat(r.overdueActivities()).extracting(o -> o.activity().activityId()).containsExactly(704L);
        assertThat(r.discipline()).hasSize(18); // nobody reported for Q4 2028 by 20.01.2029
        assertThat(consolidated.build("2028").scopeLabel()).isEqualTo("2028 год");
    }

    @Test
    void consolidatedDocxIsAnOfficialA4DocumentWithRepeatingTableHeaders() throws Exception {
        byte[] bytes = docx.write(documents.consolidated(consolidated.build("2028")));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(sect.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1134));
            assertThat(sect.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(567));
            assertThat(sect.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
            assertThat(sect.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1134));
            assertThat(sect.isSetTitlePg()).isTrue();
            assertThat(doc.getHeaderList()).anyMatch(h -> h.getParagraphs().stream()
                    .anyMatch(p -> p.getCTP().getFldSimpleList().stream().anyMatch(f -> f.getInstr().startsWith("PAGE"))));
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("Министерство экономического развития Амурской области", "СВОДНЫЙ ОТЧЁТ",
                    "о работе органов исполнительной власти на цифровой платформе «Смартека» за 2028 год",
                    "Утвердить порядок маршрутизации пациентов", "____________ № ________",
                    "Органы, не представившие отчёт", "Минздрав", "Нет.");
            // the head of the coordinator's body (the demo's head.econ), position, initials and surname
            assertThat(text).contains("Министр", "С.Н.\u00a0Волков");
            // The signatory comes from data, never from a fixed text of one region.
            assertThat(text).doesNotContain("Министр экономического развития Амурской области", "ПРОЕКТ");
            assertThat(doc.getTables()).as("by category, by body, overdue, discipline; sections 1 and 2 say Нет.").hasSize(4);
            for (XWPFTable t : doc.getTables()) {
                assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            }
            XWPFParagraph heading = doc.getParagraphs().get(1);
            XWPFRun run = heading.getRuns().get(0);
            assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
            assertThat(run.getFontSizeAsDouble()).isEqualTo(14.0);
        }
    }

    @Test
    void consolidatedXlsxHasASheetPerSectionWithFrozenFilteredHeadersAndFittingColumns() throws Exception {
        byte[] bytes = xlsx.write(documents.consolidated(consolidated.build("2028-Q4")));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("По категориям", "По органам", "Раздел 1 (п. 7.1)", "Раздел 2 (п. 7.2)",
                    "Просроченные мероприятия", "Сроки отчётов");
            for (Sheet s : wb) {
                XSSFSheet sheet = (XSSFSheet) s;
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as("title row")
                        .contains("за IV квартал 2028 г., по состоянию на 31.12.2028");
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A2:");
                assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                for (int c = 0; c < sheet.getRow(1).getLastCellNum(); c++) {
                    int longest = 0;
                    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                        var cell = sheet.getRow(r).getCell(c);
                        String v = cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell);
                        for (String line : v.split("\n")) {
                            longest = Math.max(longest, line.length());
                        }
                    }
                    int width = sheet.getColumnWidth(c) / 256;
                    // As wide as the longest line, or at the cap with wrapping on so nothing is cut off.
                    assertThat(width >= longest || (width >= XlsxWriter.MAX_CHARS && sheet.getRow(2) == null
                            || sheet.getRow(2).getCell(c) == null || sheet.getRow(2).getCell(c).getCellStyle().getWrapText()))
                            .as(s.getSheetName() + " col " + c).isTrue();
                }
            }
            Sheet byBody = wb.getSheet("По органам");
            assertThat(byBody.getRow(2).getCell(1).getCellType()).as("numbers as numbers")
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            Sheet deadlines = wb.getSheet("Сроки отчётов");
            assertThat(deadlines.getRow(2).getCell(3).getCellType()).as("dates as dates")
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(deadlines.getRow(2).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");
        }
    }

    @Test
    void theConsolidatedReportCountsOnlySubmittedReportsAndNamesTheOthers() throws Exception {
        // A period no other test of the shared context counts (ReminderTest counts every body of 2028-Q3).
        clock.setTo(LocalDate.of(2030, 11, 20));
        reports.sendForSignOff(minzdrav, "2030-Q3", null);
        reports.sign(minzdrav, "2030-Q3", null, "Кузнецова Марина Олеговна");
        ConsolidatedReport r = consolidated.build("2030-Q3");
        assertThat(r.placements()).extracting(ConsolidatedReport.PlacementRow::title).containsExactly(PLACEMENT);
        assertThat(r.implementations()).singleElement().satisfies(i -> {
            assertThat(i.planned()).isEqualTo("Сократить время ожидания приёма на 30 %");
            assertThat(i.achieved()).isEqualTo("Время ожидания сокращено на 12 %");
        });
        assertThat(r.notSubmitted()).hasSize(17).contains("Минсоцзащиты").doesNotContain("Минздрав");
        assertThat(r.byCategory()).contains(new ConsolidatedReport.CategoryCount("Здравоохранение", 1, 1),
                new ConsolidatedReport.CategoryCount("Социальная поддержка", 0, 0));

        byte[] bytes = xlsx.write(documents.consolidated(r));
        keep("consolidated-2030-Q3.xlsx", bytes);
        keep("consolidated-2030-Q3.pdf", pdf.write(documents.consolidated(r)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet section1 = wb.getSheet("Раздел 1 (п. 7.1)");
            assertThat(section1.getRow(2).getCell(2).getStringCellValue()).isEqualTo(PLACEMENT);
            var link = section1.getRow(2).getCell(4);
            assertThat(link.getStringCellValue()).contains("заявка № СМ-2025-701", "практика № 701")
                    .doesNotContain("https://");
            assertThat(link.getHyperlink().getAddress()).isEqualTo("https://smarteka.com/practices/701");
            Sheet section2 = wb.getSheet("Раздел 2 (п. 7.2)");
            assertThat(section2.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Планируемый результат");
            assertThat(section2.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Достигнутый результат");
        }
        byte[] docxBytes = docx.write(documents.consolidated(r));
        keep("consolidated-2030-Q3.docx", docxBytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docxBytes))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("отчёты представили 1 из 18 органов", "Минсоцзащиты", "практика № 701",
                    "Сократить время ожидания приёма на 30 %", "Время ожидания сокращено на 12 %");
            assertThat(doc.getTables().stream().flatMap(t -> t.getRows().stream()).flatMap(row -> row.getTableCells().stream())
                    .flatMap(cell -> cell.getParagraphs().stream()).flatMap(p -> p.getRuns().stream())
                    .filter(run -> run instanceof org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun)
                    .map(run -> ((org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun) run).getHyperlink(doc).getURL()))
                    .contains("https://smarteka.com/practices/701", "https://smarteka.com/practices/tat-702");
        }

        // The signed body report: date of signing, no draft mark, the head who signed, addressee, executor.
        byte[] signed = mvc.perform(get("/reporting/bodies/" + minzdrav + "/2030-Q3/export.docx").with(users.as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        keep("body-signed-2030-Q3.docx", signed);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(signed))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("Министерство экономического развития Амурской области", "20.11.2030 № ________",
                    "Заместитель министра", "М.О.\u00a0Кузнецова",
                    "Исполнитель: Соколов Игорь Викторович, тел. +7 (4162) 20-00-00");
            assertThat(text).doesNotContain("ПРОЕКТ", "https://smarteka.com");
        }
        byte[] signedPdf = mvc.perform(get("/reporting/bodies/" + minzdrav + "/2030-Q3/export.pdf").with(users.as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        keep("body-signed-2030-Q3.pdf", signedPdf);
        try (PDDocument doc = Loader.loadPDF(signedPdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("20.11.2030 №", "Заместитель министра", "Кузнецова", "Исполнитель: Соколов Игорь Викторович",
                    "Планируемый", "Достигнутый", "практика № 701");
            assertThat(text).doesNotContain("ПРОЕКТ");
        }
    }

    @Test
    void consolidatedPdfEmbedsACyrillicFontAndReadsBack() throws Exception {
        byte[] bytes = pdf.write(documents.consolidated(consolidated.build("2028-Q4")));
        keep("consolidated-2028-Q4.pdf", bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("СВОДНЫЙ ОТЧЁТ", "IV квартал 2028 г.", "Нет.", "Органы, не представившие отчёт",
                    "Здравоохранение", "Развитие предпринимательства");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            boolean embedded = false;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    embedded |= font.getName().contains("LiberationSerif");
                }
            }
            assertThat(embedded).isTrue();
        }
    }

    @Test
    void aBodysReportExportsToDocxAndPdfWithItsRowsAndComments() throws Exception {
        reports.edit(minzdrav, "2028-Q4", null, "Итоги квартала", false, Map.of("P:701", "Размещена 03.03.2025"));
        byte[] bytes = mvc.perform(get("/reporting/bodies/" + minzdrav + "/2028-Q4/export.docx").with(users.as("officer.zdrav")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "filename*=UTF-8''%D0%9E%D1%82%D1%87%D1%91%D1%82")))
                .andReturn().getResponse().getContentAsByteArray();
        keep("body-draft-2028-Q4.docx", bytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("Министерство здравоохранения Амурской области",
                    "о работе на цифровой платформе «Смартека» за IV квартал 2028 г.", PLACEMENT, IMPLEMENTATION,
                    "Размещена 03.03.2025", "Итоги квартала", "Время ожидания сокращено на 12 %",
                    "Сократить время ожидания приёма на 30 %", "ПРОЕКТ", "____________ № ________",
                    "Заместитель министра", "М.О.\u00a0Кузнецова", "Исполнитель: Соколов Игорь Викторович",
                    "опубликована 03.03.2025", "практика № 701");
            assertThat(doc.getParagraphs().get(0).getText()).as("the draft mark comes first").isEqualTo("ПРОЕКТ");
        }
        byte[] pdfBytes = mvc.perform(get("/reporting/bodies/" + minzdrav + "/2028-Q4/export.pdf").with(users.as("observer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        keep("body-draft-2028-Q4.pdf", pdfBytes);
        try (PDDocument doc = Loader.loadPDF(pdfBytes)) {
            // the report fills most of one page; no empty page may follow it
            assertThat(new PDFTextStripper() {{ setStartPage(doc.getNumberOfPages()); }}.getText(doc).strip())
                    .as("the last page has more than its number").isNotEqualTo(String.valueOf(doc.getNumberOfPages()));
            assertThat(new PDFTextStripper().getText(doc)).contains("ОТЧЁТ", "ПРОЕКТ", "Бережливая поликлиника", "Итоги квартала",
                    "Заместитель министра", "Исполнитель: Соколов Игорь Викторович");
        }
        mvc.perform(get("/reporting/bodies/" + minzdrav + "/2028-Q4/export.pdf").with(users.as("officer.soc")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reporting/consolidated/export.xlsx").param("scope", "2028").with(users.as("coordinator")))
                .andExpect(status().isOk());
        mvc.perform(get("/reporting/consolidated").param("scope", "2028-Q4").with(users.as("observer")))
                .andExpect(status().isOk());
    }
}
