package ru.praktika.practices.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.LocalDate;
import java.util.UUID;
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
 * Criterion а) of cl. 4.1 through its page: recorded once by the coordinator, it qualifies every practice
 * while valid and none outside its validity.
 */
@PraktikaTest
class RegionCriteriaWebTest {

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
    void regionLevelCriterionARecordedOnceByTheCoordinatorQualifiesEveryPracticeWhileValid() throws Exception {
        Long id = pages.createPractice("officer.zdrav", "Телемедицина для ФАП " + UUID.randomUUID(), "Описание");
        assertThat(pages.move("officer.zdrav", id, "CRITERIA_CHECK")).isEqualTo(302);
        // The officer cannot record criterion а); only the coordinator can.
        assertThat(mvc.perform(multipart("/practices/region-criteria").with(csrf()).with(users.as("officer.zdrav"))
                .param("editionYear", "2029")).andReturn().getResponse().getStatus()).isEqualTo(403);
        // A rating edition valid in 2030 only: outside 2030 it does not count (other tests run "today").
        MockHttpServletResponse r = mvc.perform(multipart("/practices/region-criteria").with(csrf())
                .with(users.as("coordinator")).param("editionYear", "2029").param("investmentPlace", "14")
                .param("qualityPlace", "22").param("threshold", "30").param("sourceLink", "https://regboard.asi.ru/")
                .param("validFrom", "01.01.2030").param("validTo", "31.12.2030")).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(302);
        assertThat(pages.move("officer.zdrav", id, "READY")).isEqualTo(422);

        clock.setTo(LocalDate.of(2030, 6, 1));
        assertThat(pages.page("officer.zdrav", "/practices/" + id)).contains("подтверждён критерий а)");
        assertThat(pages.move("officer.zdrav", id, "READY")).isEqualTo(302);
        clock.setTo(LocalDate.of(2031, 1, 1));
        assertThat(pages.page("officer.zdrav", "/practices/" + id)).contains("нет подтверждения критериев а), б), в), г)");
    }
}
