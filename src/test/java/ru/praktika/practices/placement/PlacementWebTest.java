package ru.praktika.practices.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.TestUsers;
import ru.praktika.directory.Directory;
import ru.praktika.platform.MutableClock;
import ru.praktika.practices.OwnPracticesForReport;
import ru.praktika.practices.PlacementReturned;
import ru.praktika.practices.PlacementSubmitted;
import ru.praktika.practices.PracticePages;
import ru.praktika.practices.PracticePublished;

/**
 * The placement application through the card page: every step from the draft to publication, the events
 * other modules hear of, replication, and the report contract reading the status as of a date.
 */
@PraktikaTest
@RecordApplicationEvents
class PlacementWebTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Directory directory;
    @Autowired OwnPracticesForReport report;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    PracticePages pages;

    @BeforeEach
    void pages() {
        pages = new PracticePages(mvc, users, directory);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void officerTakesAPracticeFromDraftToPublicationAndEventsAreSent() throws Exception {
        Long id = pages.createPractice("officer.zdrav", "Выездная диспансеризация " + UUID.randomUUID(), "Описание");
        assertThat(pages.move("officer.zdrav", id, "CRITERIA_CHECK")).isEqualTo(302);

        // Without evidence the rule of cl. 4.1 is not met, and the message says which evidence is missing.
        MockHttpServletResponse refused = mvc.perform(post("/practices/" + id + "/status").with(csrf())
                .with(users.as("officer.zdrav")).param("target", "READY")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("нужен хотя бы один подтверждённый критерий", "б), в), г)");

        pages.addAsiEvidence(id);
        assertThat(pages.move("officer.zdrav", id, "READY")).isEqualTo(302);
        assertThat(pages.move("officer.zdrav", id, "SUBMITTED", "date", "", "applicationNumber", "СМ-1")).isEqualTo(422);
        String today = DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.now(clock));
        assertThat(pages.move("officer.zdrav", id, "SUBMITTED", "date", today, "applicationNumber", "СМ-2026-5555")).isEqualTo(302);
        assertThat(events.stream(PlacementSubmitted.class).filter(e -> e.practiceId().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.smartekaApplicationNumber()).isEqualTo("СМ-2026-5555"));

        // The coordinator records Smarteka's decisions: a return needs a reason.
        assertThat(pages.move("coordinator", id, "RETURNED")).isEqualTo(422);
        assertThat(pages.move("coordinator", id, "RETURNED", "comment", "Дополнить показатели")).isEqualTo(302);
        assertThat(events.stream(PlacementReturned.class).filter(e -> e.practiceId().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("Дополнить показатели"));
        assertThat(pages.move("officer.zdrav", id, "CRITERIA_CHECK")).isEqualTo(302);
        assertThat(pages.move("officer.zdrav", id, "READY")).isEqualTo(302);
        assertThat(pages.move("officer.zdrav", id, "SUBMITTED", "date", today, "applicationNumber", "СМ-2026-5556")).isEqualTo(302);

        MockHttpServletResponse badLink = mvc.perform(post("/practices/" + id + "/status").with(csrf())
                .with(users.as("coordinator")).param("target", "PUBLISHED").param("date", today)
                .param("url", "http://smarteka.com/practices/1")).andReturn().getResponse();
        assertThat(badLink.getStatus()).isEqualTo(422);
        assertThat(badLink.getContentAsString()).contains("https://", "http://smarteka.com/practices/1");
        assertThat(pages.move("coordinator", id, "PUBLISHED", "date", today, "url", "https://smarteka.com/practices/5556"))
                .isEqualTo(302);
        assertThat(events.stream(PracticePublished.class).filter(e -> e.practiceId().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.smartekaUrl()).isEqualTo("https://smarteka.com/practices/5556"));
        assertThat(pages.move("officer.zdrav", id, "WITHDRAWN")).isEqualTo(422);

        String cardPage = pages.page("officer.zdrav", "/practices/" + id);
        assertThat(cardPage).contains("https://smarteka.com/practices/5556", "Дополнить показатели", "опубликована");

        // Replication: a region from the 89, since a date; a snapshot of Smarteka's counters.
        assertThat(mvc.perform(post("/practices/" + id + "/replications").with(csrf()).with(users.as("officer.zdrav"))
                .param("regionCode", "75").param("since", today)).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(post("/practices/" + id + "/snapshots").with(csrf()).with(users.as("officer.zdrav"))
                .param("takenOn", today).param("regionsCount", "3").param("likes", "10").param("views", "200"))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(pages.page("officer.zdrav", "/practices/" + id)).contains("Приморский край", "1 регион");

        // The report contract reads the status as of a date from the history.
        var lines = report.placements(pages.body("minzdrav"), LocalDate.now(clock));
        assertThat(lines).filteredOn(l -> l.practiceId().equals(id)).singleElement().satisfies(l -> {
            assertThat(l.status()).isEqualTo("PUBLISHED");
            assertThat(l.statusName()).isEqualTo("опубликована");
            assertThat(l.smartekaApplicationNumber()).isEqualTo("СМ-2026-5556");
            assertThat(l.smartekaUrl()).isEqualTo("https://smarteka.com/practices/5556");
            assertThat(l.criteria()).isEqualTo("в)");
            assertThat(l.replicatingRegions()).isEqualTo(1);
        });
        assertThat(report.placements(pages.body("minzdrav"), LocalDate.now(clock).minusDays(1)))
                .noneMatch(l -> l.practiceId().equals(id));
    }

    /** Issue 10: an unparsable date on a real practice of the officer's own body was a template error (500). */
    @Test
    void anUnparsableDateOfAMoveComesBackNextToTheFieldWithWhatWasTyped() throws Exception {
        Long id = pages.createPractice("officer.zdrav", "Неверная дата подачи " + UUID.randomUUID(), "Описание");
        assertThat(pages.move("officer.zdrav", id, "CRITERIA_CHECK")).isEqualTo(302);
        pages.addAsiEvidence(id);
        assertThat(pages.move("officer.zdrav", id, "READY")).isEqualTo(302);
        for (String bad : new String[] {"32.13.2020", "01.01.999999", "вчера"}) {
            MockHttpServletResponse r = mvc.perform(post("/practices/" + id + "/status").with(csrf())
                    .with(users.as("officer.zdrav")).param("target", "SUBMITTED").param("date", bad)
                    .param("applicationNumber", "СМ-2026-7").param("comment", "Подали в срок")).andReturn().getResponse();
            assertThat(r.getStatus()).as(bad).isEqualTo(422);
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(r.getContentAsString());
            assertThat(page.select("html").outerHtml()).endsWith("</html>");
            assertThat(page.select("#date-SUBMITTED.is-invalid").val()).isEqualTo(bad);
            assertThat(page.select("#move-form-SUBMITTED .invalid-feedback").text())
                    .isEqualTo("Укажите дату в формате дд.мм.гггг.");
            assertThat(page.select("#number-SUBMITTED").val()).isEqualTo("СМ-2026-7");
            assertThat(page.select("#comment-SUBMITTED").text()).isEqualTo("Подали в срок");
            assertThat(page.select("details[data-move=SUBMITTED]").hasAttr("open")).isTrue();
        }
        assertThat(pages.page("officer.zdrav", "/practices/" + id)).doesNotContain("СМ-2026-7");
    }
}
