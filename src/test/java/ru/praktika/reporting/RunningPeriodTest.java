package ru.praktika.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.praktika.reporting.ReportFixturesData.body;

import java.time.LocalDate;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.accounts.TestUsers;
import ru.praktika.directory.Directory;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.MutableClock;

/** The running period is in every period list, marked; its report is drafted and previewed, never sent as final. */
@ReportingTest
class RunningPeriodTest {

    @Autowired
    BodyReports reports;
    @Autowired
    Directory directory;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void theBodysListTheBoardAndTheConsolidatedReportShowTheRunningQuarterMarked() throws Exception {
        clock.setTo(LocalDate.of(2029, 5, 10));
        Document list = page("officer.zdrav", "/reporting");
        assertThat(list.select("#periods tbody tr").first().text()).contains("II квартал 2029 г.", "идёт");
        assertThat(list.select("[data-running]")).hasSize(1);
        assertThat(list.select("#periods").text()).contains("I квартал 2029 г.");

        Document board = page("coordinator", "/reporting/board?period=2029-Q2");
        assertThat(board.select("#period-running").text()).isEqualTo("идёт");
        assertThat(board.select("#period option").first().text()).isEqualTo("II квартал 2029 г. (идёт)");
        assertThat(page("coordinator", "/reporting/board").select("#period option[selected]").text()).isEqualTo("I квартал 2029 г.");

        Document consolidated = page("coordinator", "/reporting/consolidated?scope=2029-Q2");
        assertThat(consolidated.select("#period-running").text()).isEqualTo("идёт");
        assertThat(consolidated.select("#scope option").eachText()).contains("II квартал 2029 г. (идёт)");
    }

    @Test
    void aRunningPeriodsReportIsDraftedAndPreviewedButNotSentForSignOffNorSigned() throws Exception {
        Long minzdrav = body(directory, "minzdrav");
        clock.setTo(LocalDate.of(2029, 6, 30)); // the last day of Q2 still belongs to it
        reports.edit(minzdrav, "2029-Q2", null, "Черновик до конца квартала", true, Map.of());
        assertThatThrownBy(() -> reports.sendForSignOff(minzdrav, "2029-Q2", null))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("reporting.periodRunning");
        mvc.perform(get("/reporting/bodies/" + minzdrav + "/2029-Q2/export.docx").with(users.as("coordinator")))
                .andExpect(status().isOk());

        String refused = mvc.perform(post("/reporting/bodies/" + minzdrav + "/2029-Q2/send").with(csrf())
                        .with(users.as("officer.zdrav")))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).text()).contains("Период ещё идёт (по 30.06.2029 включительно)", "с 01.07.2029");

        Document running = page("officer.zdrav", "/reporting/bodies/" + minzdrav + "/2029-Q2");
        assertThat(running.select("#period-running").text()).contains("по 30.06.2029 включительно");
        assertThat(running.select("#send")).isEmpty();

        clock.setTo(LocalDate.of(2029, 7, 1));
        reports.sendForSignOff(minzdrav, "2029-Q2", null);
        reports.sign(minzdrav, "2029-Q2", null, "Руководитель Минздрава");
        assertThat(reports.isSubmitted(minzdrav, "2029-Q2")).isTrue();
    }

    @Test
    void aReportAwaitingSignOffCannotBeSignedWhileItsPeriodRuns() {
        Long minzdrav = body(directory, "minzdrav");
        clock.setTo(LocalDate.of(2029, 10, 2));
        reports.edit(minzdrav, "2029-Q3", null, null, true, Map.of());
        reports.sendForSignOff(minzdrav, "2029-Q3", null);
        clock.setTo(LocalDate.of(2029, 9, 30)); // the clock put back: the rule is checked again on signing
        assertThatThrownBy(() -> reports.sign(minzdrav, "2029-Q3", null, "Руководитель Минздрава"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("reporting.periodRunning");
    }

    private Document page(String user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
