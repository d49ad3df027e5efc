package ru.praktika.accounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a person's sessions when their access changes (switched off, roles, body or municipality changed,
 * password reset or changed). Sessions live in the shared database (Spring Session JDBC, indexed by
 * principal name), so this ends them on every instance at once; the person's next request finds no
 * session and goes to the login page ({@link SessionEndedEntryPoint}).
 */
@Component
class SessionTermination {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    SessionTermination(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    void endAll(String username) {
        endAllBut(username, null);
    }

    /** Ends every session of {@code username} except {@code keepSessionId} (the one making the change). */
    void endAllBut(String username, String keepSessionId) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            return;
        }
        repository.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keepSessionId))
                .forEach(repository::deleteById);
    }
}
