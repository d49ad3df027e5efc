package ru.praktika.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.TestUsers;

/** The dashboard of each role: which charts it holds, each chart's data and XLSX, what changed since the last visit. */
@PraktikaTest
@Transactional
class DashboardPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatorSeesEveryChartOfTheRegionWithTheCountdown() throws Exception {
        Document page = page("coordinator");
        assertThat(page.select("figure[data-chart]").eachAttr("id")).containsExactlyElementsOf(
                DashboardCharts.REGION.stream().map(id -> "chart-" + id).toList());
        assertThat(page.select("#dashboard-countdown").text()).startsWith("Отчёт за").contains("срок");
        assertThat(page.select("#dashboard-changes")).isEmpty();
        String home = mvc.perform(get("/").with(users.as("coordinator"))).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(home).select("#home-dashboard a[href='/dashboard']")).hasSize(1);
    }

    @Test
    void aHeadSeesItsBodysChartsWithoutTheComparisonOfBodies() throws Exception {
        Document page = page("head.zdrav");
        assertThat(page.select("figure[data-chart]").eachAttr("id")).doesNotContain("chart-practice-bodies", "chart-municipal")
                .contains("chart-reporting", "chart-replications", "chart-roadmaps");
        mvc.perform(get("/dashboard/charts/practice-bodies").with(users.as("head.zdrav"))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/charts/reporting").with(users.as("head.zdrav")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(1));
    }

    @Test
    void aMunicipalitySeesOnlyItsActivities() throws Exception {
        Document page = page("mun.blag");
        assertThat(page.select("figure[data-chart]").eachAttr("id")).containsExactly("chart-municipal");
        assertThat(page.select("#dashboard-filter, #dashboard-countdown")).isEmpty();
        mvc.perform(get("/dashboard/charts/municipal").with(users.as("mun.blag")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("columns"));
        mvc.perform(get("/dashboard/charts/placement").with(users.as("mun.blag"))).andExpect(status().isForbidden());
    }

    @Test
    void theAdminHasNoDashboardAndAnUnknownChartIsNotFound() throws Exception {
        mvc.perform(get("/dashboard").with(users.as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/charts/nothing").with(users.as("coordinator"))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/charts/municipal").with(users.as("coordinator"))).andExpect(status().isForbidden());
    }

    @Test
    void everyChartOfTheRegionAnswersWithItsNumbersAndATextAlternative() throws Exception {
        for (String id : DashboardCharts.REGION) {
            mvc.perform(get("/dashboard/charts/" + id).param("year", "all").with(users.as("observer")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(id))
                    .andExpect(jsonPath("$.summary").isNotEmpty())
                    .andExpect(jsonPath("$.columns").isArray());
        }
        mvc.perform(get("/dashboard/charts/replications").with(users.as("coordinator")))
                .andExpect(jsonPath("$.extra.tiles.length()").value(89));
        mvc.perform(get("/dashboard/charts/reporting").param("year", "нет").with(users.as("coordinator")))
                .andExpect(status().isOk());
    }

    @Test
    void aChartExportsToXlsxWithItsTitleAndTable() throws Exception {
        byte[] file = mvc.perform(get("/dashboard/charts/placement/export.xlsx").with(users.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Воронка размещения своих практик");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Статус");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("черновик");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void aHeadIsToldWhatChangedSinceTheLastVisit() throws Exception {
        Long userId = users.current("head.soc").id();
        jdbc.sql("delete from dashboard_visit where user_id = :u").param("u", userId).update();
        assertThat(page("head.soc").select("#dashboard-changes").text()).contains("впервые");

        Instant earlier = Instant.now().minusSeconds(3600);
        jdbc.sql("update dashboard_visit set visited_at = :t where user_id = :u")
                .param("t", Timestamp.from(earlier)).param("u", userId).update();
        Long body = users.current("head.soc").bodyId();
        Long practice = jdbc.sql("""
                        insert into practice (title, category_id, body_id, status, created_at, updated_at)
                        values ('Практика для дашборда', (select min(id) from category), :b, 'SUBMITTED', now(), now())
                        returning id""").param("b", body).query(Long.class).single();
        jdbc.sql("""
                        insert into placement_step (practice_id, from_status, to_status, effective_on, at, by_username, by_name)
                        values (:p, 'READY', 'SUBMITTED', current_date, :at, 'head.soc', 'Руководитель')""")
                .param("p", practice).param("at", Timestamp.from(earlier.plusSeconds(60))).update();

        String changes = page("head.soc").select("#dashboard-changes").text();
        assertThat(changes).contains("практики, перешедшие в статус «подана на Смартеку»: 1");
    }

    private Document page(String username) throws Exception {
        String html = mvc.perform(get("/dashboard").with(users.as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
