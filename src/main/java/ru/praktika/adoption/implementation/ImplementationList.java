package ru.praktika.adoption.implementation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.platform.PageWindow;
import ru.praktika.platform.security.CurrentUser;

/**
 * The implementations list, a page at a time: one count and one query that joins the practice title and sums
 * the roadmap's activities in the database (progress, overdue), so the page reads the same two statements
 * with 20 implementations or 2,000 of them, each with a roadmap of 20 activities.
 */
@Component
class ImplementationList {

    static final int PAGE_SIZE = 50;

    private final NamedParameterJdbcTemplate jdbc;

    ImplementationList(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters of the list; {@code bodyId} counts only for those who see every body. */
    record Filter(String status, Long bodyId, long page) {
    }

    /** A row: {@code roadmapId} is null without a roadmap; progress as {@code Roadmap.progressPercent()}. */
    record Row(Long id, String title, Long bodyId, String status, Long roadmapId, int progress, long overdue) {
    }

    record Found(List<Row> rows, long total, PageWindow window) {
    }

    @Transactional(readOnly = true)
    Found find(CurrentUser me, Filter filter, LocalDate today) {
        Long body = me.seesAllBodies() ? filter.bodyId() : me.bodyId();
        if (!me.seesAllBodies() && body == null) {
            return new Found(List.of(), 0, PageWindow.of(1, PAGE_SIZE, 0));
        }
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("today", today);
        StringBuilder where = new StringBuilder(" where true");
        if (body != null) {
            where.append(" and i.body_id = :body");
            p.addValue("body", body);
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            where.append(" and i.status_code = :status");
            p.addValue("status", filter.status());
        }
        Long total = jdbc.queryForObject("select count(*) from implementation i" + where, p, Long.class);
        long count = total == null ? 0 : total;
        PageWindow window = PageWindow.of(filter.page(), PAGE_SIZE, count);
        p.addValue("size", window.size()).addValue("offset", window.offset());
        // Progress as Roadmap.progressPercent(): done weight over the weight of activities not cancelled,
        // rounded down; overdue as RoadmapActivity.isOverdue(today).
        List<Row> rows = jdbc.query("""
                select i.id, cp.title, i.body_id, i.status_code, r.id as roadmap_id,
                       coalesce(a.done * 100 / nullif(a.total, 0), 0) as progress, coalesce(a.overdue, 0) as overdue
                from implementation i
                join catalogue_practice cp on cp.id = i.practice_id
                left join roadmap r on r.implementation_id = i.id
                left join lateral (
                    select sum(ra.weight) filter (where ra.status_code <> 'CANCELLED') as total,
                           sum(ra.weight) filter (where ra.status_code = 'DONE') as done,
                           count(*) filter (where ra.status_code not in ('DONE', 'CANCELLED') and ra.due_date < :today)
                               as overdue
                    from roadmap_activity ra where ra.roadmap_id = r.id) a on true
                """ + where + " order by i.id desc limit :size offset :offset", p,
                (rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), rs.getLong("body_id"),
                        rs.getString("status_code"), (Long) rs.getObject("roadmap_id", Long.class),
                        rs.getInt("progress"), rs.getLong("overdue")));
        return new Found(rows, count, window);
    }
}
