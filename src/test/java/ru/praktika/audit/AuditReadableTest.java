package ru.praktika.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.AppUser;
import ru.praktika.accounts.TestUsers;
import ru.praktika.practices.card.Indicator;
import ru.praktika.practices.card.Practice;

/**
 * The journal reads as Russian text and survives rows it cannot read: a production-calendar day (an id
 * that is a date), an id type nobody taught it, status codes, embedded values, stored JSON, the admin's part.
 */
@PraktikaTest
class AuditReadableTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChangeReader changes;
    @Autowired
    ValueText values;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aCalendarDayWhoseIdIsADateShowsInThePageAndTheExport() throws Exception {
        Long rev = jdbc.queryForObject("insert into revinfo (revtstmp, username, user_full_name) values (?, 'calendar-9d', "
                + "'Загрузчик Календаря') returning rev", Long.class, System.currentTimeMillis());
        jdbc.update("insert into calendar_day_aud (day, rev, revtype, year, working) values (?, ?, 0, 2031, false)",
                LocalDate.of(2031, 1, 2), rev);

        Document page = journal("coordinator", get("/audit").param("user", "calendar-9d"));
        Element row = page.selectFirst("tr[data-type=CalendarDay]");
        assertThat(row).isNotNull();
        assertThat(row.text()).contains("День производственного календаря", "Рабочий день", "нет");

        MvcResult export = mvc.perform(get("/audit/export.xlsx").param("user", "calendar-9d")
                .with(users.as("coordinator"))).andReturn();
        assertThat(export.getResponse().getStatus()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            StringBuilder all = new StringBuilder();
            DataFormatter f = new DataFormatter();
            for (Row r : sheet) {
                r.forEach(c -> all.append(f.formatCellValue(c)).append(' '));
            }
            assertThat(all).contains("День производственного календаря");
        }
    }

    @Test
    void aRowThatCannotBeReadSaysSoInsteadOfFailing() {
        AuditedType broken = new AuditedType("AppUser", AppUser.class, "app_user_aud", "id", s -> {
            throw new IllegalArgumentException("no parser");
        });
        List<AuditRow.FieldChange> read = tx.execute(s -> changes.readSafely(broken, "x", 1, "MOD"));
        assertThat(read).singleElement().satisfies(c -> assertThat(c.label()).contains("не удалось прочитать"));
    }

    @Test
    void statusCodesEmbeddedValuesAndJsonReadAsText() throws Exception {
        String status = tx.execute(s -> {
            try {
                return values.of(Practice.class, Practice.class.getDeclaredField("status"), "READY");
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(status).isEqualTo("готова к подаче");
        String indicator = values.of(new Indicator("Очередь в поликлинике", "мин", new BigDecimal("40.0000"),
                new BigDecimal("15.5000"), LocalDate.of(2026, 3, 1)));
        assertThat(indicator).contains("Показатель: Очередь в поликлинике", "Единица: мин", "40", "15,5", "01.03.2026")
                .doesNotContain("@");
        assertThat(values.of("{\"rows\":[1,2]}")).doesNotContain("{").contains("не показываются");
        assertThat(values.of("")).isEqualTo("—");
    }

    @Test
    void theAdministratorSeesOnlyUserAndRoleChanges() throws Exception {
        Document page = journal("admin", get("/audit").param("type", "CategoryAssignment"));
        assertThat(page.select("tr[data-type]")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.attr("data-type")).isEqualTo("AppUser"));
        assertThat(page.select("#type option[value]").eachAttr("value")).containsOnly("", "AppUser");
    }

    private Document journal(String who, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request.with(users.as(who))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
