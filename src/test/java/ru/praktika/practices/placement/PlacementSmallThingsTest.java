package ru.praktika.practices.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.TestUsers;
import ru.praktika.directory.Directory;
import ru.praktika.platform.MutableClock;
import ru.praktika.practices.PracticePages;

/**
 * Issue 9, small things of a placement card: one confirmed criterion in the singular, no submission date
 * before the day the card became ready, and the region not offered in its own replication list.
 */
@PraktikaTest
class PlacementSmallThingsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Directory directory;
    @Autowired MutableClock clock;

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
    void oneCriterionIsSingularTheSubmissionIsNotBeforeReadyAndTheRegionIsNotItsOwnReplica() throws Exception {
        clock.setTo(LocalDate.of(2026, 11, 10));
        Long id = pages.createPractice("officer.zdrav", "Школьная медицина " + UUID.randomUUID(), "Описание");
        assertThat(pages.move("officer.zdrav", id, "CRITERIA_CHECK")).isEqualTo(302);
        pages.addAsiEvidence(id);
        Document card = Jsoup.parse(pages.page("officer.zdrav", "/practices/" + id));
        assertThat(card.select("#verdict").text()).isEqualTo("Практика соответствует правилу: подтверждён критерий в).");

        assertThat(pages.move("officer.zdrav", id, "READY", "date", "09.11.2026")).isEqualTo(302);
        MockHttpServletResponse early = mvc.perform(post("/practices/" + id + "/status").with(csrf())
                .with(users.as("officer.zdrav")).param("target", "SUBMITTED").param("date", "08.11.2026")
                .param("applicationNumber", "СМ-2026-7001")).andReturn().getResponse();
        assertThat(early.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(early.getContentAsString()).text())
                .contains("Дата подачи заявки не может быть раньше дня, когда карточка стала готова к подаче (09.11.2026).");
        assertThat(pages.move("officer.zdrav", id, "SUBMITTED", "date", "09.11.2026", "applicationNumber", "СМ-2026-7001"))
                .isEqualTo(302);
        assertThat(pages.move("coordinator", id, "PUBLISHED", "date", "10.11.2026", "url", "https://smarteka.com/practices/7001"))
                .isEqualTo(302);

        Document published = Jsoup.parse(pages.page("officer.zdrav", "/practices/" + id));
        assertThat(published.select("select[name=regionCode] option").eachText())
                .contains("Приморский край").doesNotContain("Амурская область");
        MockHttpServletResponse own = mvc.perform(post("/practices/" + id + "/replications").with(csrf())
                .with(users.as("officer.zdrav")).param("regionCode", "28").param("since", "10.11.2026")).andReturn().getResponse();
        assertThat(own.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(own.getContentAsString()).text()).contains("в списке тиражирования указываются другие субъекты");
    }
}
