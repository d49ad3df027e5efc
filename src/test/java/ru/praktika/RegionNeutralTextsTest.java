package ru.praktika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.accounts.TestUsers;

/**
 * Issue 14, point 4: with another region's profile no page or document names Amur, its act (№ 494), its
 * coordinator or its minister, and a half-year is never called a quarter. Same context as
 * {@link AnyRegionDemoTest} (a made-up region, demo on).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = "praktika.region-profile=classpath:regions/test-region.yml")
class RegionNeutralTextsTest {

    /** What Amur's texts would leak: the region, its act, its coordinator, a quarter for a half-year. */
    private static final String[] AMUR = {"Амур", "494", "экономического развития", "квартал"};

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void keyPagesOfTheCoordinatorAndOfABodyNameThisRegionOnly() throws Exception {
        List<String> coordinatorPages = new ArrayList<>(List.of("/", "/help", "/inbox", "/directory",
                "/directory/legal-basis", "/practices", "/practices/region-criteria", "/proposals",
                "/adoption/implementations", "/reporting/board", "/reporting/consolidated",
                "/reporting/calendar", "/dashboard", "/notifications/calendar"));
        jdbc.queryForList("select id from practice order by id", Long.class)
                .forEach(id -> coordinatorPages.add("/practices/" + id));
        jdbc.queryForList("select id from implementation order by id", Long.class)
                .forEach(id -> coordinatorPages.add("/adoption/implementations/" + id));
        for (String page : coordinatorPages) {
            assertNeutral(page, html(page, "coordinator"));
        }
        String reports = html("/reporting", "officer.zdrav");
        assertNeutral("/reporting (officer)", reports);
        assertThat(reports).contains("полугодие");
        Matcher report = Pattern.compile("/reporting/bodies/\\d+/\\d{4}-H[12]").matcher(reports);
        assertThat(report.find()).as("a half-year report link").isTrue();
        assertNeutral(report.group(), html(report.group(), "officer.zdrav"));
        assertNeutral(report.group() + "/export.docx", docx(report.group() + "/export.docx", "officer.zdrav"));
        assertNeutral("/", html("/", "officer.zdrav"));
        assertNeutral("/", html("/", "mun.blag"));
    }

    @Test
    void theConsolidatedReportIsSignedByTheHeadTheProfileNames() throws Exception {
        String docx = docx("/reporting/consolidated/export.docx", "coordinator");
        assertNeutral("consolidated.docx", docx);
        assertThat(docx).contains("Министерство экономики Тестовой области", "Министр экономики Тестовой области",
                "П.И.\u00a0Тестов").doesNotContain("Волков");
        byte[] pdf = mvc.perform(get("/reporting/consolidated/export.pdf").with(users.as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertNeutral("consolidated.pdf", text);
            assertThat(text).contains("Министр экономики Тестовой области");
        }
    }

    @Test
    void theCalendarFeedNamesNoOtherRegionsActOrQuarter() throws Exception {
        String page = html("/notifications/calendar", "officer.zdrav");
        Matcher token = Pattern.compile("/notifications/calendar/([A-Za-z0-9_-]{20,})\\.ics").matcher(page);
        assertThat(token.find()).isTrue();
        String ics = mvc.perform(get("/notifications/calendar/" + token.group(1) + ".ics"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertNeutral("calendar.ics", ics.replace("\r\n ", ""));
        assertThat(ics.replace("\r\n ", "")).contains("полугодие");
    }

    private String html(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String docx(String path, String user) throws Exception {
        byte[] bytes = mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    private static void assertNeutral(String where, String text) {
        // the list of the 89 subjects of the RF names Amur Oblast as one of them: that is data, not a text
        String withoutSubjects = text.replaceAll("<option[^>]*>[^<]*</option>", "");
        assertThat(withoutSubjects).as(where).doesNotContain(AMUR);
    }
}
