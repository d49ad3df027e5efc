package ru.praktika.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.TestUsers;
import ru.praktika.directory.Directory;
import ru.praktika.platform.MutableClock;

/**
 * The practices module through its pages, as real users: permissions, optimistic locking, search over word
 * forms, attachments, the criteria rule (incl. region-level а), events, the report contract and the export.
 */
@PraktikaTest
@RecordApplicationEvents
class PracticeWebTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Directory directory;
    @Autowired PracticeRepository practices;
    @Autowired MunicipalProposalRepository proposals;
    @Autowired OwnPracticesForReport report;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Long category(String code) {
        return directory.categories().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    Long body(String code) {
        return directory.bodies().stream().filter(b -> b.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    MockHttpServletRequestBuilder card(MockHttpServletRequestBuilder b, String title, String summary) {
        return card(b, title, summary, "health");
    }

    MockHttpServletRequestBuilder card(MockHttpServletRequestBuilder b, String title, String summary, String category) {
        return b.with(csrf())
                .param("title", title).param("categoryId", category(category).toString())
                .param("leaderName", "Соколов Игорь Викторович").param("leaderPosition", "главный специалист-эксперт")
                .param("leaderPhone", "+7 (4162) 20-00-01").param("summary", summary)
                .param("problem", "Сельские жители редко проходят диспансеризацию")
                .param("algorithm", "Составить график выездов\nПровести обследования\nПередать результаты")
                .param("results", "Охват вырос").param("resourcesStaff", "Две бригады")
                .param("periodStart", "01.02.2025")
                .param("indicators[0].name", "Охват").param("indicators[0].unit", "%")
                .param("indicators[0].baseValue", "38").param("indicators[0].achievedValue", "61.5")
                .param("indicators[0].measuredOn", "01.10.2026");
    }

    Long createPractice(String user, String title, String summary) throws Exception {
        MockHttpServletResponse r = mvc.perform(card(post("/practices"), title, summary).with(users.as(user)))
                .andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(302);
        return Long.valueOf(r.getRedirectedUrl().substring("/practices/".length()));
    }

    int move(String user, Long id, String target, String... params) throws Exception {
        MockHttpServletRequestBuilder b = post("/practices/" + id + "/status").with(csrf()).with(users.as(user))
                .param("target", target);
        for (int i = 0; i < params.length; i += 2) {
            b = b.param(params[i], params[i + 1]);
        }
        return mvc.perform(b).andReturn().getResponse().getStatus();
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andReturn().getResponse().getContentAsString();
    }

    void addAsiEvidence(Long id) throws Exception {
        MockHttpServletResponse r = mvc.perform(multipart("/practices/" + id + "/evidence").with(csrf())
                .with(users.as("officer.zdrav")).param("criterionCode", "ASI_LEADERSHIP").param("number", "244")
                .param("date", "01.09.2025")).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(302);
    }

    @Test
    void officerTakesAPracticeFromDraftToPublicationAndEventsAreSent() throws Exception {
        Long id = createPractice("officer.zdrav", "Выездная диспансеризация " + UUID.randomUUID(), "Описание");
        assertThat(move("officer.zdrav", id, "CRITERIA_CHECK")).isEqualTo(302);

        // Without evidence the rule of cl. 4.1 is not met, and the message says which evidence is missing.
        MockHttpServletResponse refused = mvc.perform(post("/practices/" + id + "/status").with(csrf())
                .with(users.as("officer.zdrav")).param("target", "READY")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("нужен хотя бы один подтверждённый критерий", "б), в), г)");

        addAsiEvidence(id);
        assertThat(move("officer.zdrav", id, "READY")).isEqualTo(302);
        assertThat(move("officer.zdrav", id, "SUBMITTED", "date", "", "applicationNumber", "СМ-1")).isEqualTo(422);
        String today = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.now(clock));
        assertThat(move("officer.zdrav", id, "SUBMITTED", "date", today, "applicationNumber", "СМ-2026-5555")).isEqualTo(302);
        assertThat(events.stream(PlacementSubmitted.class).filter(e -> e.practiceId().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.smartekaApplicationNumber()).isEqualTo("СМ-2026-5555"));

        // The coordinator records Smarteka's decisions: a return needs a reason.
        assertThat(move("coordinator", id, "RETURNED")).isEqualTo(422);
        assertThat(move("coordinator", id, "RETURNED", "comment", "Дополнить показатели")).isEqualTo(302);
        assertThat(events.stream(PlacementReturned.class).filter(e -> e.practiceId().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("Дополнить показатели"));
        assertThat(move("officer.zdrav", id, "CRITERIA_CHECK")).isEqualTo(302);
        assertThat(move("officer.zdrav", id, "READY")).isEqualTo(302);
        assertThat(move("officer.zdrav", id, "SUBMITTED", "date", today, "applicationNumber", "СМ-2026-5556")).isEqualTo(302);

        MockHttpServletResponse badLink = mvc.perform(post("/practices/" + id + "/status").with(csrf())
                .with(users.as("coordinator")).param("target", "PUBLISHED").param("date", today)
                .param("url", "http://smarteka.com/practices/1")).andReturn().getResponse();
        assertThat(badLink.getStatus()).isEqualTo(422);
        assertThat(badLink.getContentAsString()).contains("https://", "http://smarteka.com/practices/1");
        assertThat(move("coordinator", id, "PUBLISHED", "date", today, "url", "https://smarteka.com/practices/5556"))
                .isEqualTo(302);
        assertThat(events.stream(PracticePublished.class).filter(e -> e.practiceId().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.smartekaUrl()).isEqualTo("https://smarteka.com/practices/5556"));
        assertThat(move("officer.zdrav", id, "WITHDRAWN")).isEqualTo(422);

        String cardPage = page("officer.zdrav", "/practices/" + id);
        assertThat(cardPage).contains("https://smarteka.com/practices/5556", "Дополнить показатели", "опубликована");

        // Replication: a region from the 89, since a date; a snapshot of Smarteka's counters.
        assertThat(mvc.perform(post("/practices/" + id + "/replications").with(csrf()).with(users.as("officer.zdrav"))
                .param("regionCode", "75").param("since", today)).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(post("/practices/" + id + "/snapshots").with(csrf()).with(users.as("officer.zdrav"))
                .param("takenOn", today).param("regionsCount", "3").param("likes", "10").param("views", "200"))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(page("officer.zdrav", "/practices/" + id)).contains("Приморский край", "1 регион");

        // The report contract reads the status as of a date from the history.
        var lines = report.placements(body("minzdrav"), LocalDate.now(clock));
        assertThat(lines).filteredOn(l -> l.practiceId().equals(id)).singleElement().satisfies(l -> {
            assertThat(l.status()).isEqualTo("PUBLISHED");
            assertThat(l.statusName()).isEqualTo("опубликована");
            assertThat(l.smartekaApplicationNumber()).isEqualTo("СМ-2026-5556");
            assertThat(l.smartekaUrl()).isEqualTo("https://smarteka.com/practices/5556");
            assertThat(l.criteria()).isEqualTo("в)");
            assertThat(l.replicatingRegions()).isEqualTo(1);
        });
        assertThat(report.placements(body("minzdrav"), LocalDate.now(clock).minusDays(1)))
                .noneMatch(l -> l.practiceId().equals(id));
    }

    @Test
    void regionLevelCriterionARecordedOnceByTheCoordinatorQualifiesEveryPracticeWhileValid() throws Exception {
        Long id = createPractice("officer.zdrav", "Телемедицина для ФАП " + UUID.randomUUID(), "Описание");
        assertThat(move("officer.zdrav", id, "CRITERIA_CHECK")).isEqualTo(302);
        // The officer cannot record criterion а); only the coordinator can.
        assertThat(mvc.perform(multipart("/practices/region-criteria").with(csrf()).with(users.as("officer.zdrav"))
                .param("editionYear", "2029")).andReturn().getResponse().getStatus()).isEqualTo(403);
        // A rating edition valid in 2030 only: outside 2030 it does not count (other tests run "today").
        MockHttpServletResponse r = mvc.perform(multipart("/practices/region-criteria").with(csrf())
                .with(users.as("coordinator")).param("editionYear", "2029").param("investmentPlace", "14")
                .param("qualityPlace", "22").param("threshold", "30").param("sourceLink", "https://regboard.asi.ru/")
                .param("validFrom", "01.01.2030").param("validTo", "31.12.2030")).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(302);
        assertThat(move("officer.zdrav", id, "READY")).isEqualTo(422);

        clock.setTo(LocalDate.of(2030, 6, 1));
        assertThat(page("officer.zdrav", "/practices/" + id)).contains("подтверждены критерии а)");
        assertThat(move("officer.zdrav", id, "READY")).isEqualTo(302);
        clock.setTo(LocalDate.of(2031, 1, 1));
        assertThat(page("officer.zdrav", "/practices/" + id)).contains("нет подтверждения критериев а), б), в), г)");
    }

    @Test
    void aBodyEditsOnlyItsOwnPractices() throws Exception {
        Long id = createPractice("officer.zdrav", "Школа здоровья " + UUID.randomUUID(), "Описание");
        assertThat(mvc.perform(get("/practices/" + id + "/edit").with(users.as("officer.soc")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(card(post("/practices/" + id), "Чужая правка", "x").param("version", "0")
                .with(users.as("officer.soc"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(move("officer.soc", id, "CRITERIA_CHECK")).isEqualTo(403);
        assertThat(mvc.perform(multipart("/practices/" + id + "/attachments")
                .file(new MockMultipartFile("file", "a.pdf", "application/pdf", AttachmentInspectorTest.PDF))
                .with(csrf()).with(users.as("head.soc"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/practices/" + id).with(users.as("officer.soc")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(practices.findById(id).orElseThrow().getTitle()).startsWith("Школа здоровья");
        // The head of the same body may edit; the observer sees but writes nothing.
        assertThat(mvc.perform(get("/practices/" + id + "/edit").with(users.as("head.zdrav")))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/practices/" + id).with(users.as("observer")))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(card(post("/practices/" + id), "Правка наблюдателя", "x").param("version", "0")
                .with(users.as("observer"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(move("observer", id, "CRITERIA_CHECK")).isEqualTo(403);
        // A body may not own a practice of a category not assigned to it (App. 1).
        MockHttpServletResponse wrongCategory = mvc.perform(card(post("/practices"), "Туризм от Минздрава", "x", "tourism").with(users.as("officer.zdrav"))).andReturn().getResponse();
        assertThat(wrongCategory.getStatus()).isEqualTo(200);
        assertThat(wrongCategory.getContentAsString()).contains("не закреплена за органом");
    }

    @Test
    void theSecondOfTwoEditorsIsToldWhoChangedWhatAndKeepsWhatWasTyped() throws Exception {
        Long id = createPractice("officer.zdrav", "Прогулки с врачом " + UUID.randomUUID(), "Исходное описание");
        long version = practices.findById(id).orElseThrow().getVersion();
        assertThat(mvc.perform(card(post("/practices/" + id), "Прогулки с врачом — правка", "Описание от руководителя")
                .param("version", String.valueOf(version)).with(users.as("head.zdrav")))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        MockHttpServletResponse second = mvc.perform(card(post("/practices/" + id), "Прогулки с врачом: моя правка",
                "Моё описание").param("version", String.valueOf(version)).with(users.as("officer.zdrav")))
                .andReturn().getResponse();
        assertThat(second.getStatus()).isEqualTo(200);
        String html = second.getContentAsString();
        assertThat(html).contains("Кузнецова Марина Олеговна", "Описание от руководителя", "Прогулки с врачом — правка",
                "Моё описание", "Прогулки с врачом: моя правка", "Краткое описание");
        Practice saved = practices.findById(id).orElseThrow();
        assertThat(saved.getSummary()).isEqualTo("Описание от руководителя");
    }

    String search(String user, String q) throws Exception {
        return mvc.perform(get("/practices").param("q", q).with(users.as(user))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void searchFindsWordForms() throws Exception {
        String marker = "Кластер" + Long.toString(System.nanoTime(), 36);
        Long id = createPractice("officer.zdrav", marker + ": бережливая поликлиника",
                "Опыт внедрения бережливых технологий в поликлиниках");
        String found = search("officer.zdrav", "внедрение " + marker);
        assertThat(found).contains(marker + ": бережливая поликлиника");
        String alsoFound = search("observer", "поликлиники " + marker);
        assertThat(alsoFound).contains(marker);
        assertThat(search("officer.zdrav", "туризм " + marker)).doesNotContain(marker + ": бережливая");
        // The export holds exactly the filtered list.
        byte[] xlsx = mvc.perform(get("/practices/export.xlsx").param("q", "внедрение " + marker).with(users.as("officer.zdrav")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> titles = new ArrayList<>();
            for (Row row : sheet) {
                titles.add(row.getCell(0).getStringCellValue());
            }
            assertThat(titles).containsExactly("Название практики", marker + ": бережливая поликлиника");
        }
        assertThat(id).isNotNull();
    }

    @Test
    void attachmentsAreCheckedByContent() throws Exception {
        Long id = createPractice("officer.zdrav", "Файлы " + UUID.randomUUID(), "Описание");
        MockHttpServletResponse exe = mvc.perform(multipart("/practices/" + id + "/attachments")
                .file(new MockMultipartFile("file", "паспорт.pdf", "application/pdf", AttachmentInspectorTest.EXE))
                .with(csrf()).with(users.as("officer.zdrav"))).andReturn().getResponse();
        assertThat(exe.getStatus()).isEqualTo(422);
        assertThat(exe.getContentAsString()).contains("не соответствует типу PDF");
        MockHttpServletResponse pdf = mvc.perform(multipart("/practices/" + id + "/attachments")
                .file(new MockMultipartFile("file", "паспорт практики.pdf", "application/octet-stream", AttachmentInspectorTest.PDF))
                .with(csrf()).with(users.as("officer.zdrav"))).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(302);
        String cardPage = page("observer", "/practices/" + id);
        assertThat(cardPage).contains("паспорт практики.pdf").doesNotContain(">паспорт.pdf<");
    }

    @Test
    void aMunicipalitySeesOnlyItsProposalsAndTheBodyDecides() throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/proposals").with(csrf()).with(users.as("mun.blag"))
                .param("bodyId", body("minzdrav").toString()).param("categoryId", category("health").toString())
                .param("title", "Школа ухода " + UUID.randomUUID()).param("summary", "Занятия для родственников")
                .param("contact", "Орлова Д. И.")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(302);
        Long own = Long.valueOf(r.getRedirectedUrl().substring("/proposals/".length()));
        Long otherMunicipality = directory.municipalities().stream().filter(m -> !m.getName().equals("город Благовещенск"))
                .findFirst().orElseThrow().getId();
        MunicipalProposal foreign = proposals.save(new MunicipalProposal(otherMunicipality, body("minzdrav"), null,
                "Чужое предложение", "Описание", null, null, null, "Иванов", "Иванов", java.time.Instant.now()));
        assertThat(mvc.perform(get("/proposals/" + foreign.getId()).with(users.as("mun.blag")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(page("mun.blag", "/proposals")).doesNotContain("Чужое предложение");
        assertThat(mvc.perform(get("/practices").with(users.as("mun.blag"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        // Another body may not decide; a decline needs a reason; the municipality sees the outcome.
        assertThat(mvc.perform(post("/proposals/" + own + "/decline").with(csrf()).with(users.as("officer.soc"))
                .param("version", "0").param("reason", "нет")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/proposals/" + own + "/decline").with(csrf()).with(users.as("officer.zdrav"))
                .param("version", "0").param("reason", " ")).andReturn().getResponse().getStatus()).isEqualTo(422);
        assertThat(mvc.perform(post("/proposals/" + own + "/decline").with(csrf()).with(users.as("officer.zdrav"))
                .param("version", "0").param("reason", "Практика уже реализуется в области"))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(page("mun.blag", "/proposals/" + own)).contains("Практика уже реализуется в области", "отклонена");

        MunicipalProposal another = proposals.save(new MunicipalProposal(otherMunicipality, body("minzdrav"),
                category("health"), "Принимаемое предложение", "Описание", "Проблема", "Шаг 1\nШаг 2", null, "Иванов",
                "Иванов", java.time.Instant.now()));
        MockHttpServletResponse accepted = mvc.perform(post("/proposals/" + another.getId() + "/accept").with(csrf())
                .with(users.as("officer.zdrav")).param("version", "0").param("categoryId", category("health").toString()))
                .andReturn().getResponse();
        assertThat(accepted.getStatus()).isEqualTo(302);
        assertThat(accepted.getRedirectedUrl()).endsWith("/edit");
        Practice prefilled = practices.findById(proposals.findById(another.getId()).orElseThrow().getPracticeId()).orElseThrow();
        assertThat(prefilled.getTitle()).isEqualTo("Принимаемое предложение");
        assertThat(prefilled.getAlgorithm()).isEqualTo("Шаг 1\nШаг 2");
        assertThat(prefilled.getMunicipalityId()).isEqualTo(otherMunicipality);
    }

    @Test
    void theListAndTheHomeWidgetRenderForEveryReader() throws Exception {
        for (String user : List.of("coordinator", "officer.zdrav", "head.soc", "observer")) {
            MockHttpServletResponse list = mvc.perform(get("/practices").param("year", "abc").with(users.as(user)))
                    .andReturn().getResponse();
            assertThat(list.getStatus()).as(user).isEqualTo(200);
        }
        for (String user : List.of("coordinator", "observer")) {
            assertThat(page(user, "/")).contains("Свои практики на Смартеке", "опубликована");
        }
        assertThat(page("mun.blag", "/")).contains("Мои предложения органам");
        assertThat(page("observer", "/practices?sort=title&status=PUBLISHED")).contains("«В будущее вместе»");
        assertThat(page("officer.zdrav", "/practices/region-criteria")).contains("Критерий а)");
    }

    @Test
    void aBodyThatClosedProposalsRefusesThemWithAReasonAndTheFormKeepsWhatWasTyped() throws Exception {
        String title = "Закрытое предложение " + UUID.randomUUID();
        mvc.perform(post("/adoption/settings").with(csrf()).with(users.as("officer.soc"))
                .param("municipalitiesUpdate", "true").param("municipalitiesPropose", "false"));
        try {
            MockHttpServletResponse r = mvc.perform(post("/proposals").with(csrf()).with(users.as("mun.blag"))
                    .param("bodyId", body("minsoc").toString()).param("title", title)
                    .param("summary", "Описание").param("contact", "Орлова Д. И.")).andReturn().getResponse();
            assertThat(r.getStatus()).isEqualTo(200);
            assertThat(r.getContentAsString()).contains("сейчас не принимает предложения практик").contains(title);
        } finally {
            mvc.perform(post("/adoption/settings").with(csrf()).with(users.as("officer.soc"))
                    .param("municipalitiesUpdate", "true").param("municipalitiesPropose", "true"));
        }
    }
}
