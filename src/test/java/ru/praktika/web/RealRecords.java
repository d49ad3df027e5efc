package ru.praktika.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real records for the path variables of an endpoint, as the demo user who may use it: some failures show only
 * when the record exists (the card's move form re-rendered with a bad date was a template error, while a
 * made-up id answers 404 before any form is bound). Each pattern gets the ids of a record of the user's own
 * body (demo data: Минздрав's practices, implementations and roadmaps); {@code null} when there is none.
 */
final class RealRecords {

    private final JdbcTemplate jdbc;

    RealRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The path with real ids, or null. */
    String path(String pattern, String username) {
        Map<String, Object> ids = ids(pattern, username);
        if (ids == null || ids.values().stream().anyMatch(v -> v == null)) {
            return null;
        }
        String path = pattern;
        for (Map.Entry<String, Object> e : ids.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
        }
        return path.contains("{") ? null : path;
    }

    private Map<String, Object> ids(String pattern, String username) {
        Long body = one("select body_id from app_user where username = ?", username);
        Long municipality = one("select municipality_id from app_user where username = ?", username);
        if (pattern.startsWith("/directory/bodies/")) {
            return single("id", body == null ? first("select id from responsible_body") : body);
        }
        if (pattern.startsWith("/admin/users/")) {
            return single("id", first("select id from app_user where username = 'observer'"));
        }
        if (pattern.startsWith("/practices/region-criteria/")) {
            return single("id", first("select id from region_rating_evidence"));
        }
        if (pattern.startsWith("/practices/{id}/evidence/")) {
            return pair("select e.practice_id, e.id from criterion_evidence e join practice p on p.id = e.practice_id"
                    + " where p.body_id = ? order by e.id limit 1", body, "id", "evidenceId");
        }
        if (pattern.startsWith("/practices/{id}/attachments/")) {
            return pair("select a.practice_id, a.id from practice_attachment a join practice p on p.id = a.practice_id"
                    + " where p.body_id = ? order by a.id limit 1", body, "id", "attachmentId");
        }
        if (pattern.startsWith("/practices/")) {
            return single("id", first("select id from practice where body_id = ? order by id", body));
        }
        if (pattern.startsWith("/proposals/")) {
            return single("id", first("select id from municipal_proposal where body_id = ? order by id", body));
        }
        if (pattern.startsWith("/adoption/catalogue/{id}")) {
            return single("id", first("select id from catalogue_practice order by id"));
        }
        if (pattern.startsWith("/adoption/implementations/{id}/indicators/")) {
            return pair("select r.implementation_id, r.id from result_indicator r join implementation i"
                    + " on i.id = r.implementation_id where i.body_id = ? order by r.id limit 1", body, "id", "indicatorId");
        }
        if (pattern.startsWith("/adoption/implementations/")) {
            return single("id", first("select id from implementation where body_id = ? order by id", body));
        }
        if (pattern.startsWith("/adoption/roadmaps/{id}/activities/")) {
            return pair("select a.roadmap_id, a.id from roadmap_activity a join roadmap r on r.id = a.roadmap_id"
                    + " join implementation i on i.id = r.implementation_id where i.body_id = ? order by a.id limit 1",
                    body, "id", "activityId");
        }
        if (pattern.startsWith("/adoption/roadmaps/")) {
            return single("id", first("select r.id from roadmap r join implementation i on i.id = r.implementation_id"
                    + " where i.body_id = ? order by r.id", body));
        }
        if (pattern.startsWith("/adoption/municipal/activities/")) {
            return single("id", first("select id from roadmap_activity where municipality_id = ? order by id", municipality));
        }
        if (pattern.startsWith("/reporting/bodies/")) {
            Long reportBody = body == null ? first("select id from responsible_body where code = 'minzdrav'") : body;
            List<String> periods = jdbc.queryForList("select period_code from body_report where body_id = ?"
                    + " order by period_start desc limit 1", String.class, reportBody);
            return Map.of("bodyId", reportBody, "period", periods.isEmpty() ? "2026-Q3" : periods.get(0));
        }
        if (pattern.startsWith("/dashboard/charts/")) {
            return single("chart", username.equals("mun.blag") ? "municipal" : "placement");
        }
        return null;
    }

    private static Map<String, Object> single(String name, Object id) {
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put(name, id);
        return ids;
    }

    private Map<String, Object> pair(String sql, Long body, String first, String second) {
        List<Map<String, Object>> rows = jdbc.queryForList(sql, body);
        if (rows.isEmpty()) {
            return null;
        }
        Object[] values = rows.get(0).values().toArray();
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put(first, values[0]);
        ids.put(second, values[1]);
        return ids;
    }

    private Long first(String sql, Object... args) {
        if (args.length > 0 && args[0] == null) {
            return null;
        }
        List<Long> ids = jdbc.queryForList(sql, Long.class, args);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private Long one(String sql, Object... args) {
        List<Long> ids = jdbc.queryForList(sql, Long.class, args);
        return ids.isEmpty() ? null : ids.get(0);
    }
}
