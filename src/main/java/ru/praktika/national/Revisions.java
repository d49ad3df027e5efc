package ru.praktika.national;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The Envers side of generated changes: one revision per transaction a person would have made (who, when,
 * which entity types changed), so the audit journal and "last changed by" read them as any other change.
 * The generator makes revisions record by record, not in time order; {@link #number()} numbers them by
 * time at the end (Envers numbers grow with time, the journal lists by number), and the audit rows, which
 * hold a {@link Rev}, are written only after that.
 */
final class Revisions {

    static final String PRACTICE = "ru.praktika.practices.card.Practice";
    static final String STEP = "ru.praktika.practices.placement.PlacementStep";
    static final String EVIDENCE = "ru.praktika.practices.criteria.CriterionEvidence";
    static final String REPLICATION = "ru.praktika.practices.placement.Replication";
    static final String SNAPSHOT = "ru.praktika.practices.placement.SmartekaSnapshot";
    static final String CATALOGUE = "ru.praktika.adoption.catalogue.CataloguePractice";
    static final String STUDY = "ru.praktika.adoption.study.PracticeStudy";
    static final String IMPLEMENTATION = "ru.praktika.adoption.implementation.Implementation";
    static final String RESULT = "ru.praktika.adoption.implementation.ResultIndicator";
    static final String ROADMAP = "ru.praktika.adoption.roadmap.Roadmap";
    static final String ACTIVITY = "ru.praktika.adoption.roadmap.RoadmapActivity";
    static final String REPORT = "ru.praktika.reporting.BodyReport";
    static final String REPORT_VERSION = "ru.praktika.reporting.ReportVersion";
    static final String USER = "ru.praktika.accounts.AppUser";

    private final List<Rev> all = new ArrayList<>();
    private final long after;

    Revisions(long after) {
        this.after = after;
    }

    /** A new revision by {@code person} at {@code at} touching the given entity types. */
    Rev add(Instant at, Person person, String... entities) {
        Rev rev = new Rev(at, person, new TreeSet<>(Arrays.asList(entities)), all.size());
        all.add(rev);
        return rev;
    }

    long count() {
        return all.size();
    }

    /** Numbers the revisions in time order, after those already in the database. */
    void number() {
        List<Rev> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(Rev::at).thenComparingInt(Rev::seq));
        long n = after;
        for (Rev r : sorted) {
            r.number = ++n;
        }
        all.clear();
        all.addAll(sorted);
    }

    void send(DataSource dataSource) {
        Copy revinfo = new Copy("revinfo", "rev, revtstmp, username, user_full_name, body_id");
        Copy revchanges = new Copy("revchanges", "rev, entityname");
        for (Rev r : all) {
            revinfo.row(r, r.at().toEpochMilli(), r.person().username(), r.person().fullName(), r.person().bodyId());
            r.entities().forEach(e -> revchanges.row(r, e));
        }
        revinfo.send(dataSource);
        revchanges.send(dataSource);
    }

    /** Who made a change: a user of a body (or the coordinator's ministry). */
    record Person(String username, String fullName, Long bodyId) {
    }

    /** A revision; its number is known after {@link #number()}. */
    static final class Rev {
        private final Instant at;
        private final Person person;
        private final TreeSet<String> entities;
        private final int seq;
        private long number;

        Rev(Instant at, Person person, TreeSet<String> entities, int seq) {
            this.at = at;
            this.person = person;
            this.entities = entities;
            this.seq = seq;
        }

        Instant at() {
            return at;
        }

        Person person() {
            return person;
        }

        TreeSet<String> entities() {
            return entities;
        }

        int seq() {
            return seq;
        }

        long number() {
            if (number == 0) {
                throw new IllegalStateException("revisions are numbered before audit rows are written");
            }
            return number;
        }
    }
}
