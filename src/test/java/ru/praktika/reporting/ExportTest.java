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
        assertThat(r.placements()).extracting(ConsolidatedReport.PlacementRow::title).containsExactlyInAnyOrder(PLACEMENT, SOCIAL);
        assertThat(r.implementations()).extracting(ConsolidatedReport.ImplementationRow::practice).containsExactly(IMPLEMENTATION);
        assertThat(r.byCategory()).contains(new ConsolidatedReport.CategoryCount("Здравоохранение", 1, 1),
                new ConsolidatedReport.CategoryCount("Социальная поддержка", 1, 0));
        assertThat(r.byBody()).hasSize(18).contains(new ConsolidatedReport.BodyCount("Минздрав", 1, 1, "Просрочен"));
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
                    PLACEMENT, SOCIAL, IMPLEMENTATION, "Утвердить порядок маршрутизации пациентов",
                    "Министр экономического развития Амурской области", "Исполнитель");
            assertThat(doc.getTables()).hasSize(6);
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
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
                for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                    int longest = 0;
                    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                        var cell = sheet.getRow(r).getCell(c);
                        String v = cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell);
                        for (String line : v.split("\n")) {
                            longest = Math.max(longest, line.length());
                        }
                    }
                    int width = sheet.getColumnWidth(c) / 256;
                    // As wide as the longest line, or at the cap with wrapping on so nothing is cut off.
                    assertThat(width >= longest || (width >= XlsxWriter.MAX_CHARS && sheet.getRow(1) == null
                            || sheet.getRow(1).getCell(c).getCellStyle().getWrapText())).as(s.getSheetName() + " col " + c).isTrue();
                }
            }
            Sheet section1 = wb.getSheet("Раздел 1 (п. 7.1)");
            List<String> titles = new ArrayList<>();
            for (int r = 1; r <= section1.getLastRowNum(); r++) {
                titles.add(section1.getRow(r).getCell(2).getStringCellValue());
            }
            assertThat(titles).containsExactlyInAnyOrder(PLACEMENT, SOCIAL);
            assertThat(wb.getSheet("Раздел 2 (п. 7.2)").getRow(1).getCell(1).getStringCellValue()).isEqualTo(IMPLEMENTATION);
        }
    }

    @Test
    void consolidatedPdfEmbedsACyrillicFontAndReadsBack() throws Exception {
        byte[] bytes = pdf.write(documents.consolidated(consolidated.build("2028-Q4")));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("СВОДНЫЙ ОТЧЁТ", "IV квартал 2028 г.", "Бережливая поликлиника", "Школа здоровья",
                    "Социальный контракт");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            boolean embedded = false;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    embedded |= font.getName().contains("DejaVuSerif");
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
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("otchet-2028-Q4.docx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("Министерство здравоохранения Амурской области",
                    "о работе на цифровой платформе «Смартека» за IV квартал 2028 г.", PLACEMENT, IMPLEMENTATION,
                    "Размещена 03.03.2025", "Итоги квартала", "Достигнуто: Время ожидания сокращено на 12 %");
        }
        byte[] pdfBytes = mvc.perform(get("/reporting/bodies/" + minzdrav + "/2028-Q4/export.pdf").with(users.as("observer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdfBytes)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("ОТЧЁТ", "Бережливая поликлиника", "Итоги квартала");
        }
        mvc.perform(get("/reporting/bodies/" + minzdrav + "/2028-Q4/export.pdf").with(users.as("officer.soc")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reporting/consolidated/export.xlsx").param("scope", "2028").with(users.as("coordinator")))
                .andExpect(status().isOk());
        mvc.perform(get("/reporting/consolidated").param("scope", "2028-Q4").with(users.as("observer")))
                .andExpect(status().isOk());
    }
}
