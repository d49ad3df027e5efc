package ru.praktika.practices;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practices module's figures for the dashboard, counted by the database (GROUP BY): one statement per
 * figure whatever the number of practices. {@code bodyId} null means every body; {@code year} null every year
 * (the year is the one the card was created in).
 */
@Service
@Transactional(readOnly = true)
public class PracticeFigures {

    private static final String SCOPE = """
             (cast(:body as bigint) is null or p.body_id = :body)
             and (cast(:yearFrom as timestamptz) is null or (p.created_at >= :yearFrom and p.created_at < :yearTo))""";

    private final JdbcClient jdbc;

    PracticeFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every placement status in its order with the number of practices in it (zero included: a funnel). */
    public List<Count> byStatus(Integer year, Long bodyId) {
        return scoped(jdbc.sql("""
                select s.code, s.name, count(p.id) from placement_status s
                left join practice p on p.status = s.code and""" + SCOPE + """
                 group by s.code, s.name, s.sort_order order by s.sort_order"""), year, bodyId)
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Category × placement status. */
    public List<Pair> byCategory(Integer year, Long bodyId) {
        return scoped(jdbc.sql("""
                select c.name, s.name, count(*) from practice p
                join category c on c.id = p.category_id join placement_status s on s.code = p.status
                where""" + SCOPE + """
                 group by c.name, c.sort_order, s.name, s.sort_order order by c.sort_order, s.sort_order"""), year, bodyId)
                .query((rs, n) -> new Pair(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Body × placement status. */
    public List<Pair> byBody(Integer year, Long bodyId) {
        return scoped(jdbc.sql("""
                select b.short_name, s.name, count(*) from practice p
                join responsible_body b on b.id = p.body_id join placement_status s on s.code = p.status
                where""" + SCOPE + """
                 group by b.short_name, s.name, s.sort_order order by b.short_name, s.sort_order"""), year, bodyId)
                .query((rs, n) -> new Pair(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Practices published and replications recorded per month of {@code year}: month (1–12) → counts. */
    public Map<Integer, long[]> publishedAndReplicatedByMonth(int year, Long bodyId) {
        Map<Integer, long[]> months = new HashMap<>();
        jdbc.sql("""
                        select 'P', extract(month from p.published_on)::int, count(*) from practice p
                        where p.published_on >= :from and p.published_on < :to and (cast(:body as bigint) is null or p.body_id = :body)
                        group by 2
                        union all
                        select 'R', extract(month from r.since)::int, count(*) from practice_replication r
                        join practice p on p.id = r.practice_id
                        where r.since >= :from and r.since < :to and (cast(:body as bigint) is null or p.body_id = :body)
                        group by 2""")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1)).param("body", bodyId)
                .query(rs -> {
                    long[] pair = months.computeIfAbsent(rs.getInt(2), m -> new long[2]);
                    pair[rs.getString(1).equals("P") ? 0 : 1] = rs.getLong(3);
                });
        return months;
    }

    /** Subject code of the Russian Federation → how many of the region's practices it has taken up. */
    public Map<String, Long> replicationsBySubject(Long bodyId) {
        Map<String, Long> result = new HashMap<>();
        jdbc.sql("""
                        select r.region_code, count(*) from practice_replication r join practice p on p.id = r.practice_id
                        where cast(:body as bigint) is null or p.body_id = :body group by r.region_code""")
                .param("body", bodyId)
                .query(rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                });
        return result;
    }

    /** Placement moves of the body's practices after {@code since}: status name reached → count. */
    public List<Count> movesSince(Long bodyId, Instant since) {
        return jdbc.sql("""
                        select s.code, s.name, count(*) from placement_step st join practice p on p.id = st.practice_id
                        join placement_status s on s.code = st.to_status
                        where p.body_id = :body and st.at > :since group by s.code, s.name, s.sort_order order by s.sort_order""")
                .param("body", bodyId).param("since", Timestamp.from(since))
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec sql, Integer year, Long bodyId) {
        return sql.param("body", bodyId)
                .param("yearFrom", year == null ? null : Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay()))
                .param("yearTo", year == null ? null : Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay()));
    }

    /** A named count: a status (its code and Russian name) and how many. */
    public record Count(String code, String name, long count) {
    }

    /** A count on two axes (e.g. category × status). */
    public record Pair(String row, String series, long count) {
    }
}
