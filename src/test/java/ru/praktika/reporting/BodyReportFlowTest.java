package ru.praktika.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.praktika.reporting.ReportFixturesData.body;
import static ru.praktika.reporting.ReportFixturesData.category;
import static ru.praktika.reporting.ReportFixturesData.implementation;
import static ru.praktika.reporting.ReportFixturesData.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.accounts.TestUsers;
import ru.praktika.directory.Category;
import ru.praktika.directory.Directory;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.MutableClock;
import ru.praktika.practices.OwnPracticesForReport.PlacementLine;

/** A body's report: assembly with exact rows, sign-off and freeze, lateness, return and resubmission. */
@ReportingTest
class BodyReportFlowTest {

    @Autowired
    BodyReports reports;
    @Autowired
    CoordinatorBoard board;
    @Autowired
    ReportingFixtures.FixturePractices practices;
    @Autowired
    ReportingFixtures.FixtureImplementations implementations;
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
        practices.clear();
        implementations.clear();
        clock.reset();
    }

    @Test
    void assemblesSectionOneByTheBodysCategoriesAndSectionTwoWithExactRows() {
        Long minzdrav = body(directory, "minzdrav");
        Category health = category(directory, "health");
        Category tourism = category(directory, "tourism");
        PlacementLine p1 = placement(501, "Бережливая поликлиника: запись к врачу за один звонок", health);
        PlacementLine p2 = placement(502, "Мобильный ФАП для отдалённых сёл", health);
        PlacementLine p3 = placement(503, "Медицинский туризм на Зейском водохранилище", tourism);
        practices.set(minzdrav, List.of(p1, p2, p3));
        var i1 = implementation(601, "Школа здоровья для пациентов с сахарным диабетом", health);
        var i2 = implementation(602, "Цифровой помощник участкового врача", health);
        implementations.set(minzdrav, List.of(i1, i2));

        ReportContent content = reports.view(minzdrav, "2026-Q3", null).snapshot().content();

        assertThat(content.asOf()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(content.bodyName()).isEqualTo("Министерство здравоохранения Амурской области");
        assertThat(content.placements()).extracting(ReportContent.CategorySection::categoryName)
                .containsExactlyInAnyOrder("Здравоохранение", "Кадровый потенциал", "Развитие предпринимательства", "Туризм");
        Map<String, List<PlacementLine>> byName = new java.util.HashMap<>();
        content.placements().forEach(s -> byName.put(s.categoryName(), s.rows()));
        assertThat(byName.get("Здравоохранение")).containsExactly(p1, p2);
        assertThat(byName.get("Кадровый потенциал")).isEmpty();
        assertThat(byName.get("Туризм")).containsExactly(p3);
        assertThat(content.implementations()).containsExactly(i1, i2);
        assertThat(content.rowKeys()).containsExactly("P:501", "P:502", "P:503", "I:601", "I:602");
        // Appendix 1 order everywhere, a category the body no longer holds included (issue 9).
        assertThat(content.placements()).extracting(ReportContent.CategorySection::categoryName)
                .containsExactly("Здравоохранение", "Туризм", "Кадровый потенциал", "Развитие предпринимательства");
    }

    @Test
    void aSubmittedReportIsFrozenAndLaterDataChangesDoNotAlterIt() {
        Long minzdrav = body(directory, "minzdrav");
        Category health = category(directory, "health");
        practices.set(minzdrav, List.of(placement(511, "Бережливая поликлиника", health)));
        clock.setTo(LocalDate.of(2027, 4, 10));
        BodyReport r = reports.edit(minzdrav, "2027-Q1", null, "Работа идёт по плану", false, Map.of("P:511", "Заявка одобрена АСИ"));
        r = reports.sendForSignOff(minzdrav, "2027-Q1", r.getVersion());
        assertThat(r.getStatus()).isEqualTo(ReportStatus.AWAITING_SIGNOFF);
        assertThatThrownBy(() -> reports.edit(minzdrav, "2027-Q1", null, "x", false, Map.of()))
                .isInstanceOf(DomainException.class).hasMessage("reporting.notEditable");
        ReportVersion v1 = reports.sign(minzdrav, "2027-Q1", null, "Кузнецова Марина Олеговна");
        assertThat(v1.getNumber()).isEqualTo(1);
        assertThat(v1.isLate()).isFalse();

        practices.set(minzdrav, List.of(placement(512, "Совсем другая практика", health)));

        BodyReports.ReportView view = reports.view(minzdrav, "2027-Q1", null);
        assertThat(view.shownVersion().getNumber()).isEqualTo(1);
        assertThat(view.snapshot().content().placements().stream().flatMap(s -> s.rows().stream()))
                .extracting(PlacementLine::title).containsExactly("Бережливая поликлиника");
        assertThat(view.snapshot().rowComments()).containsEntry("P:511", "Заявка одобрена АСИ");
        assertThat(view.snapshot().comment()).isEqualTo("Работа идёт по плану");
        assertThat(view.snapshot().signedBy()).isEqualTo("Кузнецова Марина Олеговна");
        assertThat(reports.isSubmitted(minzdrav, "2027-Q1")).isTrue();
        assertThat(statusOnBoard(minzdrav, "2027-Q1")).isEqualTo(ReportStatus.SUBMITTED_ON_TIME);
    }

    @Test
    void aReportSignedAfterTheDeadlineIsLate() {
        Long minsoc = body(directory, "minsoc");
        Category social = category(directory, "social");
        practices.set(minsoc, List.of(placement(521, "Социальный контракт: своё дело", social)));
        clock.setTo(LocalDate.of(2027, 4, 16)); // deadline 15.04.2027
        reports.sendForSignOff(minsoc, "2027-Q1", null);
        ReportVersion v = reports.sign(minsoc, "2027-Q1", null, "Григорьев Павел Николаевич");
        assertThat(v.isLate()).isTrue();
        assertThat(reports.find(minsoc, "2027-Q1").orElseThrow().getLate()).isTrue();
        assertThat(statusOnBoard(minsoc, "2027-Q1")).isEqualTo(ReportStatus.SUBMITTED_LATE);
    }

    @Test
    void theCoordinatorReturnsWithAReasonAndTheResubmissionKeepsEarlierVersions() {
        Long minzdrav = body(directory, "minzdrav");
        Category health = category(directory, "health");
        practices.set(minzdrav, List.of(placement(531, "Бережливая поликлиника", health)));
        clock.setTo(LocalDate.of(2027, 7, 14));
        reports.edit(minzdrav, "2027-Q2", null, "Первая редакция", false, Map.of());
        reports.sendForSignOff(minzdrav, "2027-Q2", null);
        reports.sign(minzdrav, "2027-Q2", null, "Кузнецова Марина Олеговна");

        assertThatThrownBy(() -> reports.returnWith(minzdrav, "2027-Q2", null, "  ", "Петрова Анна Сергеевна"))
                .isInstanceOf(DomainException.class).hasMessage("reporting.return.reasonRequired");
        BodyReport returned = reports.returnWith(minzdrav, "2027-Q2", null, "Нет результата по строке 1",
                "Петрова Анна Сергеевна");
        assertThat(returned.getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat(reports.isSubmitted(minzdrav, "2027-Q2")).isFalse();
        assertThat(statusOnBoard(minzdrav, "2027-Q2")).isEqualTo(ReportStatus.RETURNED);

        clock.setTo(LocalDate.of(2027, 7, 20)); // after the deadline
        reports.edit(minzdrav, "2027-Q2", null, "Вторая редакция", false, Map.of("P:531", "Результат добавлен"));
        reports.sendForSignOff(minzdrav, "2027-Q2", null);
        ReportVersion v2 = reports.sign(minzdrav, "2027-Q2", null, "Кузнецова Марина Олеговна");
        assertThat(v2.getNumber()).isEqualTo(2);
        assertThat(v2.isLate()).isTrue();
        // Lateness is decided by the first submission, which was on time.
        assertThat(reports.find(minzdrav, "2027-Q2").orElseThrow().getLate()).isFalse();

        BodyReports.ReportView view = reports.view(minzdrav, "2027-Q2", null);
        assertThat(view.versions()).extracting(ReportVersion::getNumber).containsExactly(1, 2);
        assertThat(reports.view(minzdrav, "2027-Q2", 1).snapshot().comment()).isEqualTo("Первая редакция");
        assertThat(view.snapshot().comment()).isEqualTo("Вторая редакция");

        BodyReport accepted = reports.accept(minzdrav, "2027-Q2", null, "Петрова Анна Сергеевна");
        assertThat(accepted.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
        assertThatThrownBy(() -> reports.accept(minzdrav, "2027-Q2", null, "Петрова Анна Сергеевна"))
                .isInstanceOf(DomainException.class).hasMessage("reporting.transition.refused");
        assertThat(statusOnBoard(minzdrav, "2027-Q2")).isEqualTo(ReportStatus.ACCEPTED);
    }

    @Test
    void nothingToReportIsAnExplicitAnswerDistinctFromNotSubmitted() {
        Long minsport = body(directory, "minsport");
        clock.setTo(LocalDate.of(2027, 10, 1));
        assertThat(statusOnBoard(minsport, "2027-Q3")).isEqualTo(ReportStatus.NOT_STARTED);
        assertThatThrownBy(() -> reports.sendForSignOff(minsport, "2027-Q3", null))
                .isInstanceOf(DomainException.class).hasMessage("reporting.empty.confirm");
        reports.edit(minsport, "2027-Q3", null, null, true, Map.of());
        reports.sendForSignOff(minsport, "2027-Q3", null);
        reports.sign(minsport, "2027-Q3", null, "Руководитель Минспорта");
        assertThat(reports.view(minsport, "2027-Q3", null).snapshot().nothingToReport()).isTrue();
        assertThat(statusOnBoard(minsport, "2027-Q3")).isEqualTo(ReportStatus.SUBMITTED_ON_TIME);

        Long minzdrav = body(directory, "minzdrav");
        practices.set(minzdrav, List.of(placement(541, "Бережливая поликлиника", category(directory, "health"))));
        assertThatThrownBy(() -> reports.edit(minzdrav, "2027-Q4", null, null, true, Map.of()))
                .isInstanceOf(DomainException.class).hasMessage("reporting.nothing.hasRows");
    }

    @Test
    void theBoardShowsNotStartedWithDaysLeftAndThenOverdue() {
        Long minles = body(directory, "minles");
        clock.setTo(LocalDate.of(2028, 1, 10)); // Q4 2027 deadline: 17.01.2028 (Monday)
        CoordinatorBoard.Row row = row(minles, "2027-Q4");
        assertThat(row.status().getCode()).isEqualTo(ReportStatus.NOT_STARTED);
        assertThat(row.daysLeft()).isEqualTo(7);
        clock.setTo(LocalDate.of(2028, 1, 22));
        row = row(minles, "2027-Q4");
        assertThat(row.status().getCode()).isEqualTo(ReportStatus.OVERDUE);
        assertThat(row.daysOverdue()).isEqualTo(5);
        assertThat(board.rows("2027-Q4")).hasSize(18);
    }

    @Test
    void aBodySeesAndEditsOnlyItsOwnReportAndAStaleFormNamesWhoChangedIt() throws Exception {
        Long minzdrav = body(directory, "minzdrav");
        mvc.perform(get("/reporting/bodies/" + minzdrav + "/2028-Q1").with(users.as("officer.zdrav"))).andExpect(status().isOk());
        mvc.perform(get("/reporting/bodies/" + minzdrav + "/2028-Q1").with(users.as("officer.soc"))).andExpect(status().isForbidden());
        mvc.perform(post("/reporting/bodies/" + minzdrav + "/2028-Q1").param("comment", "чужой").with(csrf())
                .with(users.as("officer.soc"))).andExpect(status().isForbidden());
        mvc.perform(post("/reporting/bodies/" + minzdrav + "/2028-Q1").param("comment", "первый").param("nothingToReport", "true")
                .with(csrf()).with(users.as("officer.zdrav"))).andExpect(status().is3xxRedirection());
        long version = reports.find(minzdrav, "2028-Q1").orElseThrow().getVersion();
        mvc.perform(post("/reporting/bodies/" + minzdrav + "/2028-Q1").param("comment", "второй").param("nothingToReport", "true")
                .param("version", String.valueOf(version)).with(csrf()).with(users.as("head.zdrav")))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/reporting/bodies/" + minzdrav + "/2028-Q1").param("comment", "устаревший")
                        .param("version", String.valueOf(version)).with(csrf()).with(users.as("officer.zdrav")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Отчёт уже изменил другой пользователь (Кузнецова Марина Олеговна").contains("устаревший");
        assertThat(reports.find(minzdrav, "2028-Q1").orElseThrow().getComment()).isEqualTo("второй");

        practices.set(minzdrav, List.of(placement(551, "Бережливая поликлиника", category(directory, "health"))));
        mvc.perform(post("/reporting/bodies/" + minzdrav + "/2028-Q2").param("comment", "общий").param("row[P:551]", "по строке")
                .with(csrf()).with(users.as("officer.zdrav"))).andExpect(status().is3xxRedirection());
        assertThat(reports.view(minzdrav, "2028-Q2", null).snapshot().rowComments()).containsEntry("P:551", "по строке");
    }

    private String statusOnBoard(Long bodyId, String period) {
        return row(bodyId, period).status().getCode();
    }

    private CoordinatorBoard.Row row(Long bodyId, String period) {
        return board.rows(period).stream().filter(r -> r.body().getId().equals(bodyId)).findFirst().orElseThrow();
    }
}
