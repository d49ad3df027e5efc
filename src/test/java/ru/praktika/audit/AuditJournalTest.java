package ru.praktika.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.envers.Audited;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.AppUser;
import ru.praktika.accounts.AppUserRepository;
import ru.praktika.accounts.TestUsers;
import ru.praktika.platform.security.Role;
import ru.praktika.directory.CategoryAssignment;
import ru.praktika.directory.Directory;

/** The journal: old → new per field, filters, pages, the export, and a trail nobody can rewrite. */
@PraktikaTest
class AuditJournalTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ZoneId ZONE = ZoneId.of("Asia/Yakutsk");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Directory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditedTypes types;
    @Autowired
    EntityManagerFactory emf;
    @Autowired
    AppUserRepository appUsers;

    @Test
    void theCoordinatorEndingAnAssignmentShowsValidToFromDashToTheDate() throws Exception {
        CategoryAssignment assignment = newAssignment();
        LocalDate lastDay = LocalDate.of(2021, 3, 31);
        MvcResult ended = mvc.perform(post("/directory/assignments/" + assignment.getId() + "/end")
                .param("lastDay", DATE.format(lastDay)).with(users.as("coordinator")).with(csrf())).andReturn();
        assertThat(ended.getResponse().getStatus()).isEqualTo(302);

        Document page = journal("coordinator", get("/audit").param("type", "CategoryAssignment").param("user", "coordinator"));
        Element row = page.selectFirst("tr[data-record=" + assignment.getId() + "][data-operation=MOD]");
        assertThat(row).as("the change is in the journal").isNotNull();
        Element validTo = row.selectFirst("li[data-field=validTo]");
        assertThat(validTo.selectFirst("strong").text()).isEqualTo("Действует по");
        assertThat(validTo.selectFirst(".audit-before").text()).isEqualTo("—");
        assertThat(validTo.selectFirst(".audit-after").text()).isEqualTo("31.03.2021");
        assertThat(row.select("li[data-field]")).as("only what changed").hasSize(1);
        assertThat(row.text()).contains("Петрова Анна Сергеевна", "Минэкономразвития", "Закрепление категории за органом",
                "изменение");

        // The creation by the system is there too, every field from "—".
        Document all = journal("observer", get("/audit").param("type", "CategoryAssignment"));
        Element created = all.selectFirst("tr[data-record=" + assignment.getId() + "][data-operation=ADD]");
        assertThat(created).isNotNull();
        assertThat(created.selectFirst("li[data-field=basis] .audit-after").text()).isEqualTo("Проверка журнала");
        assertThat(created.selectFirst("li[data-field=validFrom] .audit-before").text()).isEqualTo("—");
        assertThat(created.text()).contains("система");
    }

    @Test
    void filtersNarrowByUserBodyTypeAndPeriod() throws Exception {
        CategoryAssignment assignment = newAssignment();
        mvc.perform(post("/directory/assignments/" + assignment.getId() + "/end").param("lastDay", "30.12.2020")
                .with(users.as("coordinator")).with(csrf()));
        String today = DATE.format(LocalDate.now(ZONE));
        String tomorrow = DATE.format(LocalDate.now(ZONE).plusDays(1));
        String selector = "tr[data-record=" + assignment.getId() + "][data-operation=MOD]";
        Long minecon = directory.bodies().stream().filter(b -> b.getCode().equals("minecon")).findFirst().orElseThrow().getId();
        Long minzdrav = directory.bodies().stream().filter(b -> b.getCode().equals("minzdrav")).findFirst().orElseThrow().getId();

        assertThat(journal("coordinator", get("/audit").param("user", "coordinator").param("type", "CategoryAssignment")).select(selector)).hasSize(1);
        assertThat(journal("coordinator", get("/audit").param("user", "observer")).select(selector)).isEmpty();
        assertThat(journal("coordinator", get("/audit").param("bodyId", minecon.toString()).param("type", "CategoryAssignment")).select(selector)).hasSize(1);
        assertThat(journal("coordinator", get("/audit").param("bodyId", minzdrav.toString())).select(selector)).isEmpty();
        assertThat(journal("coordinator", get("/audit").param("type", "AppUser")).select(selector)).isEmpty();
        assertThat(journal("coordinator", get("/audit").param("type", "CategoryAssignment").param("from", today).param("to", today)).select(selector)).hasSize(1);
        assertThat(journal("coordinator", get("/audit").param("type", "CategoryAssignment").param("from", tomorrow)).select(selector)).isEmpty();

        Document badDate = journal("coordinator", get("/audit").param("from", "31.02.20xx").param("type", "CategoryAssignment"));
        assertThat(badDate.select("#from.is-invalid")).hasSize(1);
        assertThat(badDate.select("#from").val()).isEqualTo("31.02.20xx");
        assertThat(badDate.text()).contains("Укажите дату в формате дд.мм.гггг.");
    }

    @Test
    void theJournalIsPagedAndEveryAuditedTypeOfEveryModuleIsOffered() throws Exception {
        Document first = journal("observer", get("/audit"));
        assertThat(first.select("#audit-table tbody tr")).hasSize(AuditController.PAGE_SIZE);
        assertThat(first.select(".pagination").text()).contains("Страница 1 из");
        Document second = journal("observer", get("/audit").param("page", "2"));
        assertThat(second.select(".pagination").text()).contains("Страница 2 из");
        String firstRow = first.select("#audit-table tbody tr").first().attr("data-record");
        assertThat(second.select("#audit-table tbody tr").first().attr("data-record") + second.select("#audit-table tbody tr").first().attr("data-type"))
                .isNotEqualTo(firstRow + first.select("#audit-table tbody tr").first().attr("data-type"));

        Set<String> audited = emf.getMetamodel().getEntities().stream().map(e -> e.getJavaType())
                .filter(c -> c.isAnnotationPresent(Audited.class)).map(Class::getSimpleName).collect(Collectors.toSet());
        assertThat(audited).contains("AppUser", "CategoryAssignment", "ResponsibleBody");
        assertThat(types.all().stream().map(AuditedType::key).collect(Collectors.toSet())).containsAll(audited);
        Set<String> offered = first.select("#type option").eachAttr("value").stream().filter(v -> !v.isEmpty())
                .collect(Collectors.toSet());
        assertThat(offered).containsAll(audited);
        assertThat(first.select("#type option[value=CategoryAssignment]").text()).isEqualTo("Закрепление категории за органом");
    }

    @Test
    void theExportHoldsExactlyTheFilteredList() throws Exception {
        CategoryAssignment assignment = newAssignment();
        mvc.perform(post("/directory/assignments/" + assignment.getId() + "/end").param("lastDay", "01.06.2021")
                .with(users.as("coordinator")).with(csrf()));
        Document page = journal("coordinator", get("/audit").param("type", "CategoryAssignment").param("user", "coordinator"));
        int shown = page.select("#audit-table tbody tr").size();
        assertThat(page.select("#audit-count").text()).isEqualTo("Найдено записей: " + shown);
        String href = page.selectFirst("#audit-export").attr("href");
        assertThat(href).contains("type=CategoryAssignment", "user=coordinator");

        MvcResult file = mvc.perform(get(href).with(users.as("coordinator"))).andReturn();
        assertThat(file.getResponse().getStatus()).isEqualTo(200);
        assertThat(file.getResponse().getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.getResponse().getHeader("Content-Disposition")).contains("attachment",
                "filename*=UTF-8''%D0%96%D1%83%D1%80%D0%BD%D0%B0%D0%BB", ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .as("the title row").startsWith("Журнал изменений, по состоянию на ");
            Row header = sheet.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Время");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Изменения");
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A2:G");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(6)).isGreaterThan(sheet.getColumnWidth(4));
            assertThat(sheet.getLastRowNum()).as("one line per row of the filtered list").isEqualTo(shown + 1);
            boolean found = false;
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(0).getCellType()).as("a real date and time").isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                assertThat(row.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy hh:mm:ss");
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Петрова Анна Сергеевна");
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Закрепление категории за органом");
                if ((long) row.getCell(4).getNumericCellValue() == assignment.getId()) {
                    found = true;
                    assertThat(row.getCell(5).getStringCellValue()).isEqualTo("изменение");
                    assertThat(row.getCell(6).getStringCellValue()).isEqualTo("Действует по: — → 01.06.2021");
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void aDeletionShowsWhatWasLost() throws Exception {
        AppUser user = new AppUser("to.delete." + System.nanoTime() % 100000, "Удаляемый Пользователь Тестович",
                Set.of(Role.OBSERVER), null, null);
        user.contacts("временный наблюдатель", null, null);
        Long id = appUsers.save(user).getId();
        appUsers.deleteById(id);
        Document page = journal("coordinator", get("/audit").param("type", "AppUser").param("user", "system"));
        Element row = page.selectFirst("tr[data-record=" + id + "][data-operation=DEL]");
        assertThat(row).isNotNull();
        assertThat(row.text()).contains("удаление");
        assertThat(row.selectFirst("li[data-field=fullName] .audit-before").text()).isEqualTo("Удаляемый Пользователь Тестович");
        assertThat(row.selectFirst("li[data-field=fullName] .audit-after").text()).isEqualTo("—");
        assertThat(row.selectFirst("li[data-field=position] .audit-before").text()).isEqualTo("временный наблюдатель");
    }

    @Test
    void theTrailIsAppendOnlyAtTheDatabase() {
        directory.endAssignment(newAssignment().getId(), LocalDate.of(2020, 12, 31));
        for (String sql : new String[]{
                "update revinfo set username = 'someone' where rev = (select max(rev) from revinfo)",
                "delete from revinfo where rev = (select max(rev) from revinfo)",
                "delete from revchanges",
                "update category_assignment_aud set basis = 'подделка'",
                "delete from app_user_aud",
                "truncate table app_user_aud",
                "truncate table revinfo cascade"}) {
            assertThatThrownBy(() -> jdbc.execute(sql)).as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("append-only");
        }
        // Every audit table carries the trigger, including those of modules added later (afterMigrate.sql).
        Integer unguarded = jdbc.queryForObject("""
                select count(*) from information_schema.tables t
                where t.table_schema = current_schema() and (t.table_name like '%\\_aud' or t.table_name in ('revinfo', 'revchanges'))
                  and not exists (select 1 from pg_trigger g join pg_class c on c.oid = g.tgrelid
                                  where c.relname = t.table_name and g.tgname = 'audit_append_only')""", Integer.class);
        assertThat(unguarded).isZero();
    }

    @Test
    void onlyTheCoordinatorObserversAndTheAdministratorReadTheJournal() throws Exception {
        // The administrator reads the users-and-roles part of it (AuditReadableTest).
        for (String who : new String[]{"officer.zdrav", "head.zdrav", "mun.blag"}) {
            assertThat(mvc.perform(get("/audit").with(users.as(who))).andReturn().getResponse().getStatus()).as(who).isEqualTo(403);
            assertThat(mvc.perform(get("/audit/export.xlsx").with(users.as(who))).andReturn().getResponse().getStatus()).as(who).isEqualTo(403);
        }
    }

    /**
     * A body and a category that never met, assigned in 2020 only: the history grows, but App. 1 of today
     * (which other tests of the shared context read) stays as the decree has it. Bodies of the demo users
     * are left alone.
     */
    private CategoryAssignment newAssignment() {
        var history = directory.assignmentHistory();
        var bodies = new java.util.ArrayList<>(directory.bodies());
        java.util.Collections.reverse(bodies);
        bodies.removeIf(b -> Set.of("minzdrav", "minsoc", "minecon").contains(b.getCode()));
        for (var body : bodies) {
            for (var category : directory.categories()) {
                boolean met = history.stream().anyMatch(a -> a.getBody().getId().equals(body.getId())
                        && a.getCategory().getId().equals(category.getId()));
                if (!met) {
                    return directory.assign(category.getId(), body.getId(), LocalDate.of(2020, 1, 1), "Проверка журнала");
                }
            }
        }
        throw new IllegalStateException("no free pair of body and category left");
    }

    private Document journal(String who, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request.with(users.as(who))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
