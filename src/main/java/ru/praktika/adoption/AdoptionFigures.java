package ru.praktika.adoption;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adoption module's figures for the dashboard, counted by the database (GROUP BY): one statement per
 * figure whatever the number of implementations and activities. {@code bodyId} null means every body.
 * "Overdue" is derived as everywhere in the module: the due date has passed and the activity is not closed.
 */
@Service
@Transactional(readOnly = true)
public class AdoptionFigures {

    private static final String BODY = " (cast(:body as bigint) is null or i.body_id = :body) ";

    private final JdbcClient jdbc;
    private final Clock clock;

    AdoptionFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Category × implementation status. */
    public List<Pair> implementationsByCategory(Long bodyId) {
        return jdbc.sql("""
                        select c.name, s.name, count(*) from implementation i
                        join catalogue_practice cp on cp.id = i.practice_id join category c on c.id = cp.category_id
                        join implementation_status s on s.code = i.status_code
                        where""" + BODY + """
                        group by c.name, c.sort_order, s.name, s.sort_order order by c.sort_order, s.sort_order""")
                .param("body", bodyId)
                .query((rs, n) -> new Pair(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /**
     * Per body: the weight of its roadmaps' activities done, the weight of those not cancelled (the weighted
     * progress is their ratio), and how many activities are overdue today.
     */
    public List<BodyProgress> roadmapsByBody(Long bodyId) {
        return jdbc.sql("""
                        select b.short_name,
                               coalesce(sum(a.weight) filter (where st.done), 0),
                               coalesce(sum(a.weight) filter (where st.done or not st.closed), 0),
                               count(*) filter (where not st.closed and a.due_date < :today)
                        from roadmap_activity a join roadmap r on r.id = a.roadmap_id
                        join implementation i on i.id = r.implementation_id join responsible_body b on b.id = i.body_id
                        join activity_status st on st.code = a.status_code
                        where""" + BODY + """
                        group by b.short_name order by b.short_name""")
                .param("body", bodyId).param("today", LocalDate.now(clock))
                .query((rs, n) -> new BodyProgress(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
    }

    /** Per body: result indicators with a planned value, and those whose achieved value reached it. */
    public List<BodyResults> resultsByBody(Long bodyId) {
        return jdbc.sql("""
                        select b.short_name, count(*) filter (where ri.planned_value is not null),
                               count(*) filter (where ri.achieved_value is not null and ri.achieved_value >= ri.planned_value)
                        from result_indicator ri join implementation i on i.id = ri.implementation_id
                        join responsible_body b on b.id = i.body_id
                        where""" + BODY + """
                        group by b.short_name order by b.short_name""")
                .param("body", bodyId)
                .query((rs, n) -> new BodyResults(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** Subject code of the Russian Federation → how many implementations took a practice from it. */
    public Map<String, Long> sourcesBySubject(Long bodyId) {
        Map<String, Long> result = new HashMap<>();
        jdbc.sql("""
                        select fs.code, count(*) from implementation i join catalogue_practice cp on cp.id = i.practice_id
                        join federal_subject fs on fs.id = cp.source_subject_id
                        where""" + BODY + " group by fs.code")
                .param("body", bodyId)
                .query(rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                });
        return result;
    }

    /**
     * A municipality's activities by month of their due date × status; {@code OVERDUE} stands for an activity
     * whose due date has passed and that is not closed (named {@code overdueName}).
     */
    public List<Pair> municipalActivities(Long municipalityId, String overdueName) {
        return jdbc.sql("""
                        select to_char(a.due_date, 'YYYY-MM'),
                               case when not st.closed and a.due_date < :today then :overdue else st.name end,
                               count(*)
                        from roadmap_activity a join activity_status st on st.code = a.status_code
                        where a.municipality_id = :municipality
                        group by 1, 2 order by 1, 2""")
                .param("municipality", municipalityId).param("today", LocalDate.now(clock)).param("overdue", overdueName)
                .query((rs, n) -> new Pair(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Status moves of the body's implementations after {@code since}: status name reached → count. */
    public List<Pair> movesSince(Long bodyId, Instant since) {
        return jdbc.sql("""
                        select s.code, s.name, count(*) from implementation_status_change ch
                        join implementation i on i.id = ch.implementation_id join implementation_status s on s.code = ch.to_code
                        where i.body_id = :body and ch.changed_at > :since
                        group by s.code, s.name, s.sort_order order by s.sort_order""")
                .param("body", bodyId).param("since", Timestamp.from(since))
                .query((rs, n) -> new Pair(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** A count on two axes (e.g. category × status). */
    public record Pair(String row, String series, long count) {
    }

    public record BodyProgress(String body, long doneWeight, long plannedWeight, long overdue) {

        /** Weighted progress in whole percent; 0 for a roadmap without live activities. */
        public long percent() {
            return plannedWeight == 0 ? 0 : Math.round(100.0 * doneWeight / plannedWeight);
        }
    }

    public record BodyResults(String body, long planned, long achieved) {
    }
}
