package ru.praktika.national;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.praktika.national.Revisions.Person;

/**
 * What every part of the generation shares: the directory as loaded from the region profile (bodies,
 * categories and who leads them, municipalities, the 89 subjects), the people who act, the random source
 * (seeded: the same scale gives the same data), today and the revisions of the audit trail.
 */
final class NationalWorld {

    record Body(long id, String code, String shortName, boolean coordinator) {
    }

    record Category(long id, String code, String name) {
    }

    /** A category led by a body (App. 1): own practices and implementations belong to such a pair. */
    record Assignment(Category category, Body body) {
    }

    record Subject(long id, String code, String name) {
    }

    final double scale;
    final Random random;
    final NationalTexts texts;
    final LocalDate today;
    final ZoneId zone;
    final Revisions revisions;
    final List<Body> bodies = new ArrayList<>();
    final Map<Long, Category> categories = new HashMap<>();
    final List<Assignment> assignments = new ArrayList<>();
    final List<Long> municipalities;
    final List<Subject> subjects = new ArrayList<>();
    final Map<Long, Person> officers = new HashMap<>();
    final Map<Long, Person> heads = new HashMap<>();
    Person coordinator;

    NationalWorld(JdbcTemplate jdbc, double scale, long seed, LocalDate today, ZoneId zone) {
        this.scale = scale;
        this.random = new Random(seed);
        this.texts = new NationalTexts(random);
        this.today = today;
        this.zone = zone;
        this.revisions = new Revisions(jdbc.queryForObject("select coalesce(max(rev), 0) from revinfo", Long.class));
        jdbc.query("select id, code, short_name, coordinator from responsible_body order by id",
                rs -> { bodies.add(new Body(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))); });
        jdbc.query("select id, code, name from category order by sort_order",
                rs -> { categories.put(rs.getLong(1), new Category(rs.getLong(1), rs.getString(2), rs.getString(3))); });
        Map<Long, Body> byId = new HashMap<>();
        bodies.forEach(b -> byId.put(b.id(), b));
        jdbc.query("select category_id, body_id from category_assignment where valid_to is null order by sort_order, id",
                rs -> { assignments.add(new Assignment(categories.get(rs.getLong(1)), byId.get(rs.getLong(2)))); });
        this.municipalities = jdbc.queryForList("select id from municipality order by id", Long.class);
        jdbc.query("select id, code, name from federal_subject order by sort_order",
                rs -> { subjects.add(new Subject(rs.getLong(1), rs.getString(2), rs.getString(3))); });
    }

    /** {@code full} at scale 1.0, at least one. */
    int count(int full) {
        return Math.max(1, (int) Math.round(full * scale));
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** A working-hours moment of that day in the region's time zone. */
    Instant at(LocalDate day) {
        return day.atTime(9 + random.nextInt(8), random.nextInt(60), random.nextInt(60)).atZone(zone).toInstant();
    }

    /** The i-th move of a record on that day: later moves later in the day, so histories keep their order. */
    Instant moment(LocalDate day, int i) {
        return day.atTime(10, 0).plusMinutes(17L * i + random.nextInt(10)).atZone(zone).toInstant();
    }

    LocalDate daysAfter(LocalDate day, int min, int max) {
        LocalDate d = day.plusDays(between(min, max));
        return d.isAfter(today) ? today : d;
    }

    Person officer(long bodyId) {
        return officers.get(bodyId);
    }

    Person head(long bodyId) {
        return heads.get(bodyId);
    }
}
