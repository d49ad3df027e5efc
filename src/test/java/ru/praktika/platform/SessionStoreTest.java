package ru.praktika.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.PraktikaTest;

/**
 * Two requests of one session that both add the same attribute (two tabs rendering their first form after
 * login both store a CSRF token) must both succeed: the second used to fail on the primary key.
 */
@PraktikaTest
class SessionStoreTest {

    @Autowired JdbcIndexedSessionRepository repository;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    @Test
    void twoCopiesOfOneSessionAddingTheSameAttributeBothSave() {
        SessionRepository<Session> sessions = sessions();
        Session session = sessions.createSession();
        sessions.save(session);
        // What two concurrent requests see: each loads the session before the other saved.
        Session first = sessions.findById(session.getId());
        Session second = sessions.findById(session.getId());
        first.setAttribute("token", "from the first tab");
        second.setAttribute("token", "from the second tab");

        sessions.save(first);
        assertThatCode(() -> sessions.save(second)).doesNotThrowAnyException();

        assertThat(sessions.findById(session.getId()).<String>getAttribute("token")).isEqualTo("from the second tab");
    }

    @Test
    void anonymousHealthPollsWriteNoSession() throws Exception {
        int before = sessionRows();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/actuator/health"));
            mvc.perform(get("/actuator/health/liveness"));
            mvc.perform(get("/actuator/health/readiness"));
        }
        assertThat(sessionRows()).isEqualTo(before);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // its session type is package-private
    private SessionRepository<Session> sessions() {
        return (SessionRepository) repository;
    }

    private int sessionRows() {
        return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
    }
}
