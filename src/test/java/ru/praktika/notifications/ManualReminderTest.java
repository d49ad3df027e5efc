package ru.praktika.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.accounts.TestUsers;
import ru.praktika.directory.Directory;
import ru.praktika.platform.MutableClock;
import ru.praktika.reporting.CoordinatorBoard;
import ru.praktika.reporting.ReportFixturesData;
import ru.praktika.reporting.ReportingTest;

/** The coordinator's one-click reminder: before the deadline "представить до", after it "срок истёк", never a past "до". */
@ReportingTest
class ManualReminderTest {

    @Autowired CoordinatorBoard board;
    @Autowired Directory directory;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void aReminderAfterTheDeadlineSaysTheDeadlineHasPassed() throws Exception {
        Long minzdrav = ReportFixturesData.body(directory, "minzdrav");
        clock.setTo(LocalDate.of(2031, 7, 10)); // Q2 2031 is due 15.07.2031
        board.remind(minzdrav, "2031-Q2", "Петрова Анна Сергеевна");
        clock.setTo(LocalDate.of(2031, 7, 25));
        board.remind(minzdrav, "2031-Q2", "Петрова Анна Сергеевна");
        String notices = Jsoup.parse(mvc.perform(get("/notifications").with(users.as("officer.zdrav")))
                .andReturn().getResponse().getContentAsString()).text();
        assertThat(notices).contains("отчёт за II квартал 2031 г. нужно представить до 15.07.2031",
                "отчёт за II квартал 2031 г. не представлен, срок истёк 15.07.2031");
        assertThat(notices).doesNotContain("г..");
    }
}
