package ru.praktika.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.TestUsers;
import ru.praktika.adoption.implementation.Implementation;
import ru.praktika.adoption.municipal.MunicipalWork;
import ru.praktika.adoption.roadmap.ActivityPlan;
import ru.praktika.adoption.roadmap.Roadmap;
import ru.praktika.adoption.roadmap.RoadmapActivity;
import ru.praktika.adoption.roadmap.Roadmaps;
import ru.praktika.directory.Directory;

/**
 * Record-level rules: a body touches only its own implementations; only its head approves; a municipality
 * sees and updates only the activities assigned to it, only their progress fields, and only if the body allows.
 */
@PraktikaTest
class AdoptionPermissionsTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    AdoptionFixtures fx;
    @Autowired
    Roadmaps roadmaps;
    @Autowired
    MunicipalWork municipal;
    @Autowired
    Directory directory;

    @AfterEach
    void clear() {
        fx.clear();
    }

    private Long municipality(String name) {
        return directory.municipalities().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    /** An approved Минздрав roadmap whose first activity is assigned to {@code municipalityName}. */
    private Roadmap roadmapWithMunicipalActivity(String municipalityName) {
        Implementation i = fx.applied("officer.zdrav", "Шаг один (10 дней)\nШаг два (10 дней)");
        Roadmap r = roadmaps.create(i.getId(), LocalDate.now(), true);
        RoadmapActivity a = roadmaps.view(r.getId()).getActivities().get(0);
        roadmaps.changeActivity(r.getId(), a.getId(), a.getVersion(), new ActivityPlan("1", a.getTitle(), a.getStartDate(),
                a.getDueDate(), a.getResponsibleBodyId(), null, null, municipality(municipalityName), null, null, null, 1), null);
        fx.clear();
        return roadmaps.find(r.getId());
    }

    private java.util.List<RoadmapActivity> activities(Roadmap r) {
        fx.as("officer.zdrav");
        try {
            return roadmaps.view(r.getId()).getActivities();
        } finally {
            fx.clear();
        }
    }

    @Test
    void aBodySeesAndChangesOnlyItsOwnImplementations() throws Exception {
        Implementation i = fx.applied("officer.zdrav", "Шаг");
        fx.clear();
        mvc.perform(get("/adoption/implementations/" + i.getId()).with(users.as("officer.zdrav"))).andExpect(status().isOk());
        mvc.perform(get("/adoption/implementations/" + i.getId()).with(users.as("coordinator"))).andExpect(status().isOk());
        mvc.perform(get("/adoption/implementations/" + i.getId()).with(users.as("observer"))).andExpect(status().isOk());
        mvc.perform(get("/adoption/implementations/" + i.getId()).with(users.as("officer.soc"))).andExpect(status().isForbidden());
        mvc.perform(post("/adoption/implementations/" + i.getId() + "/status").with(users.as("officer.soc")).with(csrf())
                .param("version", "0").param("to", "CANCELLED").param("reason", "чужое")).andExpect(status().isForbidden());
        mvc.perform(post("/adoption/implementations/" + i.getId() + "/roadmap").with(users.as("head.soc")).with(csrf())
                .param("startDate", LocalDate.now().format(DATE))).andExpect(status().isForbidden());
        mvc.perform(post("/adoption/implementations/" + i.getId() + "/record").with(users.as("observer")).with(csrf())
                .param("version", "0")).andExpect(status().isForbidden());
        String list = mvc.perform(get("/adoption/implementations").with(users.as("officer.soc")))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("/adoption/implementations/" + i.getId() + "\"");
    }

    @Test
    void onlyTheHeadOfTheOwningBodyApproves() throws Exception {
        Roadmap r = roadmapWithMunicipalActivity("город Белогорск");
        MockMultipartFile order = new MockMultipartFile("orderFile", "prikaz.pdf", "application/pdf",
                "%PDF-1.4 приказ".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String today = LocalDate.now().format(DATE);
        mvc.perform(multipart("/adoption/roadmaps/" + r.getId() + "/approve").file(order).with(users.as("officer.zdrav"))
                .with(csrf()).param("roadmapVersion", String.valueOf(r.getVersion())).param("orderNumber", "1")
                .param("orderDate", today)).andExpect(status().isForbidden());
        mvc.perform(multipart("/adoption/roadmaps/" + r.getId() + "/approve").file(order).with(users.as("head.soc"))
                .with(csrf()).param("roadmapVersion", String.valueOf(r.getVersion())).param("orderNumber", "1")
                .param("orderDate", today)).andExpect(status().isForbidden());
        mvc.perform(multipart("/adoption/roadmaps/" + r.getId() + "/approve").file(order).with(users.as("head.zdrav"))
                .with(csrf()).param("roadmapVersion", String.valueOf(r.getVersion())).param("orderNumber", "77-од")
                .param("orderDate", today)).andExpect(status().is3xxRedirection());
        assertThat(roadmaps.find(r.getId()).isApproved()).isTrue();
        assertThat(roadmaps.find(r.getId()).getOrderNumber()).isEqualTo("77-од");
    }

    @Test
    void theApprovalOrderFileIsInspectedLikeEveryOtherUpload() throws Exception {
        Roadmap r = roadmapWithMunicipalActivity("город Белогорск");
        String today = LocalDate.now().format(DATE);
        for (MockMultipartFile bad : java.util.List.of(
                new MockMultipartFile("orderFile", "prikaz.pdf", "application/pdf",
                        "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new MockMultipartFile("orderFile", "prikaz.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0, 1}),
                new MockMultipartFile("orderFile", "prikaz.html", "text/html",
                        "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
            String page = mvc.perform(multipart("/adoption/roadmaps/" + r.getId() + "/approve").file(bad)
                    .with(users.as("head.zdrav")).with(csrf()).param("roadmapVersion", String.valueOf(r.getVersion()))
                    .param("orderNumber", "5-од").param("orderDate", today))
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(page).containsAnyOf("Содержимое файла не соответствует типу PDF", "Такой тип файла здесь не принимается");
            assertThat(roadmaps.find(r.getId()).isApproved()).as(bad.getOriginalFilename()).isFalse();
        }
        MockMultipartFile named = new MockMultipartFile("orderFile", "\u202Efdp.exe\u0000.pdf", "application/pdf",
                "%PDF-1.4 приказ".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(multipart("/adoption/roadmaps/" + r.getId() + "/approve").file(named).with(users.as("head.zdrav"))
                .with(csrf()).param("roadmapVersion", String.valueOf(r.getVersion())).param("orderNumber", "6-од")
                .param("orderDate", today)).andExpect(status().is3xxRedirection());
        assertThat(roadmaps.find(r.getId()).getOrderFileName()).isEqualTo("fdp.exe.pdf");
    }

    @Test
    void aMunicipalityUpdatesOnlyItsActivitiesAndOnlyTheirProgress() throws Exception {
        Roadmap mine = roadmapWithMunicipalActivity("город Благовещенск");
        Roadmap theirs = roadmapWithMunicipalActivity("город Белогорск");
        RoadmapActivity a = activities(mine).get(0);
        RoadmapActivity other = activities(theirs).get(0);
        Long notAssigned = activities(mine).get(1).getId();

        String page = mvc.perform(get("/adoption/municipal").with(users.as("mun.blag")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/adoption/municipal/activities/" + a.getId() + "\"")
                .doesNotContain("/adoption/municipal/activities/" + other.getId() + "\"")
                .doesNotContain("/adoption/municipal/activities/" + notAssigned + "\"");
        mvc.perform(get("/adoption/municipal/activities/" + other.getId()).with(users.as("mun.blag"))).andExpect(status().isForbidden());
        mvc.perform(post("/adoption/municipal/activities/" + other.getId()).with(users.as("mun.blag")).with(csrf())
                .param("version", "0").param("status", "IN_WORK")).andExpect(status().isForbidden());
        mvc.perform(post("/adoption/municipal/activities/" + notAssigned).with(users.as("mun.blag")).with(csrf())
                .param("version", "0").param("status", "IN_WORK")).andExpect(status().isForbidden());
        mvc.perform(get("/adoption/roadmaps/" + mine.getId()).with(users.as("mun.blag"))).andExpect(status().isForbidden());

        mvc.perform(post("/adoption/municipal/activities/" + a.getId()).with(users.as("mun.blag")).with(csrf())
                        .param("version", String.valueOf(a.getVersion())).param("status", "IN_WORK")
                        .param("comment", "Подрядчик определён").param("actualResult", "Договор подписан")
                        .param("title", "Переименовано муниципалитетом").param("dueDate", "01.01.2030").param("weight", "99"))
                .andExpect(status().is3xxRedirection());
        RoadmapActivity after = activities(mine).get(0);
        assertThat(after.getStatus()).isEqualTo("IN_WORK");
        assertThat(after.getComment()).isEqualTo("Подрядчик определён");
        assertThat(after.getActualResult()).isEqualTo("Договор подписан");
        assertThat(after.getTitle()).isEqualTo(a.getTitle());
        assertThat(after.getDueDate()).isEqualTo(a.getDueDate());
        assertThat(after.getWeight()).isEqualTo(1);

        fx.as("officer.zdrav");
        Long zdrav = fx.implementations.find(mine.getImplementationId()).getBodyId();
        municipal.change(zdrav, null, false, false);
        fx.clear();
        try {
            mvc.perform(get("/adoption/municipal/activities/" + a.getId()).with(users.as("mun.blag")))
                    .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                            "Орган не разрешил муниципальным образованиям обновлять мероприятия")));
            mvc.perform(post("/adoption/municipal/activities/" + a.getId()).with(users.as("mun.blag")).with(csrf())
                    .param("version", String.valueOf(after.getVersion())).param("status", "PLANNED"))
                    .andExpect(status().isForbidden());
        } finally {
            fx.as("officer.zdrav");
            municipal.change(zdrav, null, true, false);
            fx.clear();
        }
    }

    @Test
    void aConflictingEditSaysWhoChangedTheRecordAndKeepsWhatWasTyped() throws Exception {
        Implementation i = fx.applied("officer.zdrav", "Шаг");
        long stale = fx.implementations.find(i.getId()).getVersion();
        fx.implementations.record(i.getId(), stale, "План коллеги", null, null, null, null, null);
        fx.clear();
        String html = mvc.perform(post("/adoption/implementations/" + i.getId() + "/record").with(users.as("head.zdrav"))
                        .with(csrf()).param("version", String.valueOf(stale)).param("plannedResult", "Мой план"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("запись изменил(а) Соколов Игорь Викторович").contains("Мой план");
        assertThat(fx.implementations.find(i.getId()).getPlannedResult()).isEqualTo("План коллеги");
    }

    @Test
    void aWrongFormKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
        String html = mvc.perform(post("/adoption/catalogue").with(users.as("officer.zdrav")).with(csrf())
                        .param("title", "Моя практика").param("smartekaUrl", "https://example.com/p"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"Моя практика\"").contains("is-invalid");
        String bad = mvc.perform(post("/adoption/catalogue").with(users.as("officer.zdrav")).with(csrf())
                        .param("title", "Моя практика").param("smartekaUrl", "https://example.com/p")
                        .param("subjectId", "1").param("categoryId", String.valueOf(fx.category("Туризм"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("Ссылка должна вести на платформу «Смартека» по защищённому протоколу (https://smarteka.com/…).");
        String http = mvc.perform(post("/adoption/catalogue").with(users.as("officer.zdrav")).with(csrf())
                        .param("title", "Моя практика").param("smartekaUrl", "http://smarteka.com/p/" + System.nanoTime())
                        .param("subjectId", "1").param("categoryId", String.valueOf(fx.category("Туризм"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(http).as("https only").contains("по защищённому протоколу");
    }

    @Test
    void aSharedCatalogueCardIsChangedByTheCoordinatorNotByAnotherBodysOfficer() throws Exception {
        var card = fx.practice("Общая карточка " + System.nanoTime(), "Шаг (5 дней)");
        mvc.perform(get("/adoption/catalogue/" + card.getId() + "/edit").with(users.as("officer.soc")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/adoption/catalogue/" + card.getId()).with(users.as("officer.soc")).with(csrf())
                .param("version", String.valueOf(card.getVersion())).param("title", "Переименовано чужим органом")
                .param("smartekaUrl", card.getSmartekaUrl())).andExpect(status().isForbidden());
        mvc.perform(get("/adoption/catalogue/" + card.getId() + "/edit").with(users.as("coordinator")))
                .andExpect(status().isOk());
    }
}
