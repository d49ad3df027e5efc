package ru.praktika.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.notifications.TestMailOutbox;
import ru.praktika.platform.MutableClock;
import ru.praktika.reporting.ReportingMailPort;
import ru.praktika.reporting.ReportingTest;

/**
 * Issue 10, point 2: the login page says the same to everyone, the owner of the account learns the real state by
 * e-mail — once per window, however hard someone hammers the login (the context with a GreenMail server).
 */
@ReportingTest
class SignInNoticeTest {

    private static final String PASSWORD = "Pravilny-2026";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ReportingMailPort.smtp());

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AccountsTestData data;
    @Autowired AccountsProperties properties;
    @Autowired MutableClock clock;
    @Autowired TestMailOutbox outbox;

    @BeforeEach
    void emptyMailbox() throws Exception {
        outbox.sendNow();
        mail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aBlockedLoginMailsItsOwnerOncePerBlockWindowHoweverHardItIsHammered() throws Exception {
        String username = data.officer("blocked.mail", PASSWORD);
        clock.setTo(Instant.parse("2026-11-21T01:00:00Z"));
        int hammering = properties.maxFailedLogins() * 3;
        for (int i = 0; i < hammering; i++) {
            login("203.0.113.50", username, "wrong-" + i);
        }
        assertThat(login("203.0.113.50", username, PASSWORD)).isEqualTo("/login?blocked");
        // A second guesser elsewhere, blocked in the same window, mails nobody again.
        for (int i = 0; i < hammering; i++) {
            login("203.0.113.51", username, "wrong-" + i);
        }
        outbox.sendNow();
        List<MimeMessage> received = to(username);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject())
                .isEqualTo("Вход в «Практику» под вашим именем с одного адреса временно закрыт");
        String text = ((String) received.get(0).getContent()).strip();
        assertThat(text).startsWith("Здравствуйте, Тестов Тест " + username + "!")
                .contains("21.11.2026 10:00 с адреса 203.0.113.50", "под именем " + username,
                        "после 15 минут тишины", "С вашего обычного компьютера вход работает как прежде");
        assertThat(login("192.0.2.50", username, PASSWORD)).as("the owner still signs in").isEqualTo("/");

        // After the window, a new block is news again.
        clock.advance(properties.lockDuration().plusMinutes(1));
        for (int i = 0; i < hammering; i++) {
            login("203.0.113.52", username, "wrong-" + i);
        }
        outbox.sendNow();
        assertThat(to(username)).hasSize(2);
    }

    @Test
    void aSwitchedOffAccountMailsItsOwnerOnceADayWhileThePageSaysWhatItSaysToEveryone() throws Exception {
        String username = data.officer("off.mail", PASSWORD);
        AppUser user = data.user(username);
        mvc.perform(post("/admin/users/" + user.getId() + "/deactivate").with(users.as("admin")).with(csrf()));
        clock.setTo(Instant.parse("2026-11-21T03:00:00Z"));
        assertThat(login("198.51.100.60", username, PASSWORD)).isEqualTo("/login?error");
        assertThat(login("198.51.100.61", username, "wrong")).isEqualTo("/login?error");
        clock.advance(Duration.ofHours(2));
        assertThat(login("198.51.100.62", username, PASSWORD)).isEqualTo("/login?error");
        outbox.sendNow();
        List<MimeMessage> received = to(username);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Ваша учётная запись в «Практике» отключена");
        assertThat((String) received.get(0).getContent()).contains("21.11.2026 12:00 с адреса 198.51.100.60",
                "учётная запись отключена администратором", "обратитесь к администратору");

        clock.advance(SignInNotices.DISABLED_WINDOW);
        assertThat(login("198.51.100.63", username, PASSWORD)).isEqualTo("/login?error");
        outbox.sendNow();
        assertThat(to(username)).hasSize(2);
    }

    @Test
    void anUnknownLoginMailsNobodyAndAnswersAsAlways() throws Exception {
        int before = mail.getReceivedMessages().length;
        String unknown = "nobody.mail." + System.nanoTime();
        for (int i = 0; i <= properties.maxFailedLogins() + 2; i++) {
            login("203.0.113.70", unknown, "wrong-" + i);
        }
        assertThat(login("203.0.113.70", unknown, PASSWORD)).isEqualTo("/login?blocked");
        outbox.sendNow();
        assertThat(mail.getReceivedMessages()).hasSize(before);
    }

    private List<MimeMessage> to(String username) {
        String address = username + "@test.example";
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private String login(String client, String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(r -> {
                    r.setRemoteAddr(client);
                    return r;
                })).andReturn().getResponse().getRedirectedUrl();
    }
}
