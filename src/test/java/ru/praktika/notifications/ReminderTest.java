package ru.praktika.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.praktika.reporting.ReportFixturesData.activity;
import static ru.praktika.reporting.ReportFixturesData.body;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.accounts.AppUserRepository;
import ru.praktika.accounts.TestUsers;
import ru.praktika.adoption.ActivityOverdue;
import ru.praktika.directory.Directory;
import ru.praktika.platform.MutableClock;
import ru.praktika.reporting.BodyReports;
import ru.praktika.reporting.ReportingFixtures;
import ru.praktika.reporting.ReportingMailPort;
import ru.praktika.reporting.ReportingTest;

/** Reminders by e-mail (a real SMTP server) and in the app, on a shifted clock: each exactly once. */
@ReportingTest
class ReminderTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ReportingMailPort.smtp());

    @Autowired
    DeadlineReminders deadlines;
    @Autowired
    ActivityReminders activities;
    @Autowired
    ReminderJobs jobs;
    @Autowired
    BodyReports reports;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    CalendarTokens tokens;
    @Autowired
    AppUserRepository users;
    @Autowired
    Directory directory;
    @Autowired
    ReportingFixtures.FixtureImplementations implementations;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MockMvc mvc;
    @Autowired
    MailOutboxSender outbox;
    @Autowired
    TestUsers testUsers;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Mail other tests of this shared context left in the outbox is not this test's. */
    @org.junit.jupiter.api.BeforeEach
    void discardOtherTestsMail() {
        jdbc.update("update mail_outbox set failed_at = now() where sent_at is null and failed_at is null");
    }

    @AfterEach
    void reset() {
        implementations.clear();
        clock.reset();
    }

    @Test
    void beforeOnTheDayAndAfterTheDeadlineEachReminderGoesOutOnceAndNoneForASubmittedReport() throws Exception {
        Long minsoc = body(directory, "minsoc");
        // Q2 2028 is due 15.07.2028, a Saturday: the deadline is Monday 17.07.2028.
        clock.setTo(LocalDate.of(2028, 7, 3));
        reports.edit(minsoc, "2028-Q2", null, null, true, Map.of());
        reports.sendForSignOff(minsoc, "2028-Q2", null);
        reports.sign(minsoc, "2028-Q2", null, "Григорьев Павел Николаевич");
        outbox.sendDue(); // what the set-up sent goes out before the mailbox is emptied
        mail.purgeEmailFromAllMailboxes();

        clock.setTo(LocalDate.of(2028, 7, 12)); // 3 working days left
        assertThat(deadlines.sendDue()).isEqualTo(17); // 18 bodies, minus the one that has submitted
        assertThat(subjects("officer.zdrav@praktika.example")).containsExactly("Срок отчёта за II квартал 2028 г. приближается");
        assertThat(subjects("head.zdrav@praktika.example")).hasSize(1);
        assertThat(mails("officer.soc@praktika.example")).isEmpty();
        assertThat(mails("head.soc@praktika.example")).isEmpty();
        MimeMessage first = mails("officer.zdrav@praktika.example").get(0);
        assertThat(first.getContent().toString()).contains("до 17.07.2028 включительно", "осталось 3 рабочих дня");

        assertThat(deadlines.sendDue()).isZero();                 // the same day again
        clock.setTo(LocalDate.of(2028, 7, 13));                   // 2 left: still the "3 days" reminder
        assertThat(deadlines.sendDue()).isZero();
        assertThat(mails("officer.zdrav@praktika.example")).hasSize(1);

        clock.setTo(LocalDate.of(2028, 7, 14));                   // 1 working day left
        assertThat(deadlines.sendDue()).isEqualTo(17);
        clock.setTo(LocalDate.of(2028, 7, 17));                   // the day itself
        assertThat(deadlines.sendDue()).isEqualTo(17);
        clock.setTo(LocalDate.of(2028, 7, 18));                   // overdue: to the body, copy to the coordinator
        assertThat(deadlines.sendDue()).isEqualTo(17);
        assertThat(deadlines.sendDue()).isZero();
        assertThat(subjects("officer.zdrav@praktika.example")).containsExactlyInAnyOrder(
                "Срок отчёта за II квартал 2028 г. приближается",
                "Срок отчёта за II квартал 2028 г. приближается",
                "Сегодня последний день представления отчёта за II квартал 2028 г.",
                "Отчёт за II квартал 2028 г. просрочен: Минздрав");
        assertThat(subjects("coordinator@praktika.example")).contains("Отчёт за II квартал 2028 г. просрочен: Минздрав");
        assertThat(mails("officer.soc@praktika.example")).isEmpty();

        Long coordinator = users.findByUsernameIgnoreCase("coordinator").orElseThrow().getId();
        assertThat(notifications.findByUserIdOrderByCreatedAtDesc(coordinator, PageRequest.of(0, 500)))
                .anyMatch(n -> n.getTitle().equals("Отчёт за II квартал 2028 г. просрочен: Минздрав"));
        Long officer = users.findByUsernameIgnoreCase("officer.zdrav").orElseThrow().getId();
        assertThat(notifications.findByUserIdOrderByCreatedAtDesc(officer, PageRequest.of(0, 500)))
                .filteredOn(n -> n.getTitle().contains("за II квартал 2028")).hasSize(4);
    }

    @Test
    void twoInstancesRunningAtOnceSendEachReminderOnce() throws Exception {
        clock.setTo(LocalDate.of(2028, 10, 16)); // Q3 2028: 15.10 is a Sunday, the deadline is Monday 16.10
        List<Integer> sent = runTwice(() -> deadlines.sendDue());
        assertThat(sent.get(0) + sent.get(1)).isEqualTo(18);
        assertThat(subjects("officer.zdrav@praktika.example"))
                .containsExactly("Сегодня последний день представления отчёта за III квартал 2028 г.");

        clock.setTo(LocalDate.of(2028, 10, 17));
        runTwice(() -> {
            jobs.run();
            return 0;
        });
        assertThat(subjects("officer.zdrav@praktika.example")).containsExactlyInAnyOrder(
                "Сегодня последний день представления отчёта за III квартал 2028 г.",
                "Отчёт за III квартал 2028 г. просрочен: Минздрав");
    }

    @Test
    void roadmapActivitiesDueSoonAndOverdueGoToThePersonResponsibleOnce() throws Exception {
        Long officer = users.findByUsernameIgnoreCase("officer.zdrav").orElseThrow().getId();
        Long minzdrav = body(directory, "minzdrav");
        implementations.activities(List.of(activity(9001, 7001, minzdrav, LocalDate.of(2029, 2, 10), officer)));
        clock.setTo(LocalDate.of(2029, 2, 7));
        assertThat(activities.sendDue()).isEqualTo(1);
        assertThat(activities.sendDue()).isZero();
        clock.setTo(LocalDate.of(2029, 2, 12));
        assertThat(activities.sendDue()).isEqualTo(1);
        events.publishEvent(new ActivityOverdue(9001L, 7001L, minzdrav, "Утвердить порядок маршрутизации пациентов",
                LocalDate.of(2029, 2, 10), officer));
        assertThat(activities.sendDue()).isZero();
        assertThat(subjects("officer.zdrav@praktika.example")).containsExactlyInAnyOrder(
                "Скоро срок мероприятия: Утвердить порядок маршрутизации пациентов",
                "Мероприятие просрочено: Утвердить порядок маршрутизации пациентов");
        assertThat(mails("head.zdrav@praktika.example")).isEmpty();
    }

    @Test
    void anActivityWhoseResponsiblePersonHasNoAccountRemindsTheBodysOfficers() throws Exception {
        Long minsoc = body(directory, "minsoc");
        implementations.activities(List.of(activity(9101, 7101, minsoc, LocalDate.of(2029, 5, 10), null)));
        clock.setTo(LocalDate.of(2029, 5, 12));
        assertThat(activities.sendDue()).isEqualTo(1);
        assertThat(activities.sendDue()).isZero();
        assertThat(mails("officer.soc@praktika.example")).hasSize(1);
        assertThat(mails("head.soc@praktika.example")).isEmpty();
    }

    @Test
    void theCoordinatorsOneClickReminderAndTheCalendarFeed() throws Exception {
        Long minzdrav = body(directory, "minzdrav");
        clock.setTo(LocalDate.of(2029, 1, 10));
        mvc.perform(post("/reporting/board/2028-Q4/bodies/" + minzdrav + "/remind").with(csrf())
                .with(testUsers.as("coordinator"))).andExpect(status().is3xxRedirection());
        assertThat(subjects("officer.zdrav@praktika.example"))
                .containsExactly("Напоминание координатора: отчёт за IV квартал 2028 г.");
        String list = mvc.perform(get("/notifications").with(testUsers.as("officer.zdrav"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("Напоминание координатора: отчёт за IV квартал 2028 г.");

        Long officer = users.findByUsernameIgnoreCase("officer.zdrav").orElseThrow().getId();
        String token = tokens.tokenFor(officer);
        String ics = mvc.perform(get("/notifications/calendar/" + token + ".ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20290115",
                "SUMMARY:Срок отчёта за IV квартал 2028 г.", "END:VCALENDAR");
        mvc.perform(get("/notifications/calendar/" + "x".repeat(43) + ".ics")).andExpect(status().isForbidden());
        String renewed = tokens.regenerate(officer);
        mvc.perform(get("/notifications/calendar/" + token + ".ics")).andExpect(status().isForbidden());
        mvc.perform(get("/notifications/calendar/" + renewed + ".ics")).andExpect(status().isOk());
    }

    private List<Integer> runTwice(Callable<Integer> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    /** The distinct messages addressed to {@code address} (GreenMail keeps a copy per recipient). */
    private List<MimeMessage> mails(String address) throws Exception {
        outbox.sendDue(); // mail waits in the outbox until a sender runs
        Map<String, MimeMessage> byId = new java.util.LinkedHashMap<>();
        for (MimeMessage m : mail.getReceivedMessagesForDomain(address)) {
            byId.putIfAbsent(m.getMessageID(), m);
        }
        return new ArrayList<>(byId.values());
    }

    private List<String> subjects(String address) throws Exception {
        List<String> list = new ArrayList<>();
        for (MimeMessage m : mails(address)) {
            list.add(m.getSubject());
        }
        return list;
    }
}
