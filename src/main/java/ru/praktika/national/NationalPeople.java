package ru.praktika.national;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.praktika.national.NationalWorld.Body;
import ru.praktika.national.Revisions.Person;

/**
 * The people who act in the generated data: an officer ({@code officer.<body code>}) and a head
 * ({@code head.<body code>}) of every body, with the demo password, so a benchmark can sign in as any
 * body; the coordinator is the demo user {@code coordinator} when the demo users exist.
 */
final class NationalPeople {

    private final Copy users = new Copy("app_user", "id, username, full_name, position, email, phone, password_hash, enabled, body_id, version");
    private final Copy roles = new Copy("app_user_role", "user_id, role");
    private final Copy usersAud = new Copy("app_user_aud", "id, rev, revtype, username, full_name, position, email, phone, enabled, body_id");
    private final Copy rolesAud = new Copy("app_user_role_aud", "rev, revtype, user_id, role");

    void create(NationalWorld w, JdbcTemplate jdbc, String passwordHash) {
        long id = jdbc.queryForObject("select coalesce(max(id), 0) from app_user", Long.class);
        LocalDate day = w.today.minusYears(5).minusDays(30);
        Person admin = new Person("admin", "Технический администратор", null);
        for (Body b : w.bodies) {
            for (String role : new String[] {"OFFICER", "HEAD"}) {
                String username = (role.equals("HEAD") ? "head." : "officer.") + b.code();
                String existing = jdbc.query("select full_name from app_user where lower(username) = ?",
                        rs -> rs.next() ? rs.getString(1) : null, username);
                String name = existing != null ? existing : w.texts.person();
                Person person = new Person(username, name, b.id());
                (role.equals("HEAD") ? w.heads : w.officers).put(b.id(), person);
                if (existing != null) {
                    continue;
                }
                long uid = ++id;
                String position = role.equals("HEAD") ? "министр" : w.texts.position();
                Object[] v = {username, name, position, username + "@praktika.example", w.texts.phone()};
                users.row(NationalPractices.concat(new Object[] {uid}, v, new Object[] {passwordHash, true, b.id(), 0}));
                roles.row(uid, role);
                Revisions.Rev rev = w.revisions.add(w.at(day), admin, Revisions.USER);
                usersAud.row(NationalPractices.concat(new Object[] {uid, rev, 0}, v, new Object[] {true, b.id()}));
                rolesAud.row(rev, 0, uid, role);
            }
        }
        Long coordinatorBody = w.bodies.stream().filter(Body::coordinator).map(Body::id).findFirst().orElse(w.bodies.get(0).id());
        w.coordinator = jdbc.query("select username, full_name from app_user where username = 'coordinator'",
                        rs -> rs.next() ? new Person(rs.getString(1), rs.getString(2), coordinatorBody) : null);
        if (w.coordinator == null) {
            w.coordinator = w.officer(coordinatorBody);
        }
    }

    int send(DataSource ds) {
        return users.send(ds) + roles.send(ds) + usersAud.send(ds) + rolesAud.send(ds);
    }
}
