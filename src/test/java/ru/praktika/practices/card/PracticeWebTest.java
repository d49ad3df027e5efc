package ru.praktika.practices.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.TestUsers;
import ru.praktika.directory.Directory;
import ru.praktika.practices.PracticePages;

/**
 * The practice card through its pages, as real users: who may edit, optimistic locking, search over word
 * forms and the export, attachments checked by content, the list and the home widget.
 */
@PraktikaTest
class PracticeWebTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Directory directory;
    @Autowired PracticeRepository practices;

    PracticePages pages;

    @BeforeEach
    void pages() {
        pages = new PracticePages(mvc, users, directory);
    }

    @Test
    void aBodyEditsOnlyItsOwnPractices() throws Exception {
        Long id = pages.createPractice("officer.zdrav", "Школа здоровья " + UUID.randomUUID(), "Описание");
        assertThat(mvc.perform(get("/practices/" + id + "/edit").with(users.as("officer.soc")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(pages.card(post("/practices/" + id), "Чужая правка", "x").param("version", "0")
                .with(users.as("officer.soc"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(pages.move("officer.soc", id, "CRITERIA_CHECK")).isEqualTo(403);
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
        assertThat(mvc.perform(pages.card(post("/practices/" + id), "Правка наблюдателя", "x").param("version", "0")
                .with(users.as("observer"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(pages.move("observer", id, "CRITERIA_CHECK")).isEqualTo(403);
        // A body may not own a practice of a category not assigned to it (App. 1).
        MockHttpServletResponse wrongCategory = mvc.perform(pages.card(post("/practices"), "Туризм от Минздрава", "x", "tourism").with(users.as("officer.zdrav"))).andReturn().getResponse();
        assertThat(wrongCategory.getStatus()).isEqualTo(200);
        assertThat(wrongCategory.getContentAsString()).contains("не закреплена за органом");
    }

    @Test
    void theSecondOfTwoEditorsIsToldWhoChangedWhatAndKeepsWhatWasTyped() throws Exception {
        Long id = pages.createPractice("officer.zdrav", "Прогулки с врачом " + UUID.randomUUID(), "Исходное описание");
        long version = practices.findById(id).orElseThrow().getVersion();
        assertThat(mvc.perform(pages.card(post("/practices/" + id), "Прогулки с врачом — правка", "Описание от руководителя")
                .param("version", String.valueOf(version)).with(users.as("head.zdrav")))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        MockHttpServletResponse second = mvc.perform(pages.card(post("/practices/" + id), "Прогулки с врачом: моя правка",
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
        Long id = pages.createPractice("officer.zdrav", marker + ": бережливая поликлиника",
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
            assertThat(titles.get(0)).as("the title row").startsWith("Практики, по состоянию на ");
            assertThat(titles.subList(1, titles.size())).containsExactly("Название практики", marker + ": бережливая поликлиника");
        }
        assertThat(id).isNotNull();
    }

    @Test
    void attachmentsAreCheckedByContent() throws Exception {
        Long id = pages.createPractice("officer.zdrav", "Файлы " + UUID.randomUUID(), "Описание");
        MockHttpServletResponse exe = mvc.perform(multipart("/practices/" + id + "/attachments")
                .file(new MockMultipartFile("file", "паспорт.pdf", "application/pdf", AttachmentInspectorTest.EXE))
                .with(csrf()).with(users.as("officer.zdrav"))).andReturn().getResponse();
        assertThat(exe.getStatus()).isEqualTo(422);
        assertThat(exe.getContentAsString()).contains("не соответствует типу PDF");
        MockHttpServletResponse pdf = mvc.perform(multipart("/practices/" + id + "/attachments")
                .file(new MockMultipartFile("file", "паспорт практики.pdf", "application/octet-stream", AttachmentInspectorTest.PDF))
                .with(csrf()).with(users.as("officer.zdrav"))).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(302);
        String cardPage = pages.page("observer", "/practices/" + id);
        assertThat(cardPage).contains("паспорт практики.pdf").doesNotContain(">паспорт.pdf<");
    }

    @Test
    void theListAndTheHomeWidgetRenderForEveryReader() throws Exception {
        for (String user : List.of("coordinator", "officer.zdrav", "head.soc", "observer")) {
            MockHttpServletResponse list = mvc.perform(get("/practices").param("year", "abc").with(users.as(user)))
                    .andReturn().getResponse();
            assertThat(list.getStatus()).as(user).isEqualTo(200);
        }
        for (String user : List.of("coordinator", "observer")) {
            assertThat(pages.page(user, "/")).contains("Свои практики на Смартеке", "опубликована");
        }
        assertThat(pages.page("mun.blag", "/")).contains("Мои предложения органам");
        assertThat(pages.page("observer", "/practices?sort=title&status=PUBLISHED")).contains("«В будущее вместе»");
        assertThat(pages.page("officer.zdrav", "/practices/region-criteria")).contains("Критерий а)");
    }
}
