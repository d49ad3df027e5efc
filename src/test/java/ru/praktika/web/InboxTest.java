package ru.praktika.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.accounts.TestUsers;
import ru.praktika.directory.Directory;
import ru.praktika.platform.MutableClock;
import ru.praktika.reporting.BodyReports;
import ru.praktika.reporting.ReportFixturesData;
import ru.praktika.notifications.TestMailOutbox;
import ru.praktika.reporting.ReportingMailPort;
import ru.praktika.reporting.ReportingTest;

/**
 * "Ожидает меня": each person's one list of what waits for them, its count in the navigation, the head's start
 * page showing the same list, and the head told in the application and by e-mail when a report arrives.
 */
@ReportingTest
class InboxTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ReportingMailPort.smtp());

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    BodyReports reports;
    @Autowired
    Directory directory;
    @Autowired
    MutableClock clock;
    @Autowired
    TestMailOutbox outbox;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void aReportTravelsFromTheHeadsListToTheCoordinatorsAndBackToTheOfficersWhenReturned() throws Exception {
        Long minzdrav = ReportFixturesData.body(directory, "minzdrav");
        clock.setTo(LocalDate.of(2030, 4, 5)); // Q1 2030 has ended, due 15.04.2030
        reports.edit(minzdrav, "2030-Q1", null, null, true, Map.of());
        reports.sendForSignOff(minzdrav, "2030-Q1", null);

        Document head = page("head.zdrav", "/inbox");
        assertThat(group(head, "reporting.waiting.toSign")).contains("Отчёт за I квартал 2030 г.", "Срок представления — 15.04.2030");
        assertThat(page("head.zdrav", "/inbox/count").select("#nav-inbox-count").text())
                .isEqualTo(String.valueOf(head.select(".inbox-item").size()));
        assertThat(group(head, "practices.waiting.ready")).as("Amur's rule: a ready card waits for the head")
                .contains("Телемедицинские");
        Document home = page("head.zdrav", "/");
        assertThat(home.select("#home-inbox [data-group=reporting.waiting.toSign]").text()).contains("Отчёт за I квартал 2030 г.");

        assertThat(subjects("head.zdrav@praktika.example")).contains("Отчёт за I квартал 2030 г. ждёт вашей подписи");
        assertThat(page("head.zdrav", "/notifications").text()).contains("Отчёт за I квартал 2030 г. ждёт вашей подписи");

        reports.sign(minzdrav, "2030-Q1", null, "Кузнецова Марина Олеговна");
        assertThat(group(page("head.zdrav", "/inbox"), "reporting.waiting.toSign")).doesNotContain("I квартал 2030 г.");
        assertThat(group(page("coordinator", "/inbox"), "reporting.waiting.toAccept")).contains("Минздрав: отчёт за I квартал 2030 г.");

        reports.returnWith(minzdrav, "2030-Q1", null, "Нет результата по строке 2", "Петрова Анна Сергеевна");
        assertThat(group(page("coordinator", "/inbox"), "reporting.waiting.toAccept")).doesNotContain("I квартал 2030 г.");
        assertThat(group(page("officer.zdrav", "/inbox"), "reporting.waiting.returned"))
                .contains("Отчёт за I квартал 2030 г. возвращён на доработку", "Нет результата по строке 2");
    }

    @Test
    void theOfficerSeesOverdueActivitiesAndTheOtherHeadTheRoadmapToApprove() throws Exception {
        assertThat(group(page("officer.zdrav", "/inbox"), "adoption.waiting.overdue")).contains("срок исполнения");
        assertThat(group(page("head.soc", "/inbox"), "adoption.waiting.toApprove")).contains("Санаторий на дому");
        assertThat(group(page("officer.soc", "/inbox"), "practices.waiting.returned")).isNotEmpty();
        assertThat(page("coordinator", "/inbox").select("[data-group=practices.waiting.proposals]")).hasSize(1);
    }

    @Test
    void whoeverHasNothingWaitingSeesSoAndTheNavigationHasNoCount() throws Exception {
        Document observer = page("observer", "/inbox");
        assertThat(observer.select("#inbox-empty").text()).isEqualTo("Сейчас ничего не ждёт ваших действий.");
        assertThat(page("admin", "/inbox").select("#inbox-empty")).hasSize(1);
        assertThat(observer.select("#nav-inbox")).isEmpty();
    }

    private Document page(String user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static String group(Document page, String key) {
        return page.select("[data-group=" + key + "]").text();
    }

    private List<String> subjects(String address) throws Exception {
        outbox.sendNow(); // mail waits in the outbox until a sender runs
        List<String> list = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessagesForDomain(address)) {
            list.add(m.getSubject());
        }
        return list;
    }
}
