package ru.praktika.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the journal: which records changed in which revision (one SQL over every audited table, so
 * filtering and paging happen in the database), then what changed in each shown row (Envers).
 */
@Service
class AuditLog {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuditLog.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditedTypes types;
    private final ChangeReader changes;
    private final ValueText values;
    private final Clock clock;

    AuditLog(NamedParameterJdbcTemplate jdbc, AuditedTypes types, ChangeReader changes, ValueText values, Clock clock) {
        this.values = values;
        this.jdbc = jdbc;
        this.types = types;
        this.changes = changes;
        this.clock = clock;
    }

    record Page(List<AuditRow> rows, long total, int page, int pages) {
    }

    /** A person who appears in the journal: the filter offers only people who changed something. */
    record Author(String username, String fullName) {
    }

    @Transactional(readOnly = true)
    public Page page(AuditFilter filter, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String from = from(filter, params);
        if (from == null) {
            return new Page(List.of(), 0, 1, 1);
        }
        Long total = jdbc.queryForObject("select count(*) " + from, params, Long.class);
        long count = total == null ? 0 : total;
        int pages = (int) Math.max(1, (count + size - 1) / size);
        int current = Math.min(Math.max(1, page), pages);
        params.addValue("limit", size).addValue("offset", (long) (current - 1) * size);
        return new Page(rows(from + " order by x.rev desc, x.record_type, x.record_id limit :limit offset :offset", params),
                count, current, pages);
    }

    /** Exactly the filtered list, every page of it (for the export). */
    @Transactional(readOnly = true)
    public List<AuditRow> all(AuditFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String from = from(filter, params);
        if (from == null) {
            return List.of();
        }
        return rows(from + " order by x.rev desc, x.record_type, x.record_id", params);
    }

    @Transactional(readOnly = true)
    public List<Author> authors() {
        return jdbc.query("select username, max(user_full_name) as full_name from revinfo where username is not null "
                        + "group by username order by max(coalesce(user_full_name, username))",
                (rs, i) -> new Author(rs.getString("username"), rs.getString("full_name")));
    }

    private List<AuditRow> rows(String sql, MapSqlParameterSource params) {
        Map<Long, String> bodies = values.bodyNames();
        List<RawRow> raw = jdbc.query("select x.rev, x.revtype, x.record_id, x.record_type, r.revtstmp, r.username, "
                + "r.user_full_name, r.body_id " + sql, params, AuditLog::raw);
        // The states behind the shown rows: one query per audited type on the page, not two per row.
        Map<String, Map<Object, List<Object[]>>> states = new HashMap<>();
        Map<String, List<RawRow>> byType = raw.stream().collect(Collectors.groupingBy(RawRow::type));
        byType.forEach((key, list) -> {
            AuditedType type = types.byKey(key).orElseThrow();
            try {
                List<Object> ids = list.stream().map(r -> type.parseId().apply(r.recordId())).distinct().toList();
                states.put(key, changes.states(type, ids, list.stream().mapToLong(RawRow::rev).max().orElse(0)));
            } catch (RuntimeException e) {
                // a type whose history cannot be read in bulk is read row by row below
                log.warn("Audit states of {} read row by row: {}", key, e.toString()); // visible: it costs 2 statements a row
            }
        });
        List<AuditRow> result = new ArrayList<>(raw.size());
        for (RawRow r : raw) {
            AuditedType type = types.byKey(r.type).orElseThrow();
            String operation = switch (r.revtype) {
                case 0 -> "ADD";
                case 1 -> "MOD";
                default -> "DEL";
            };
            Instant at = Instant.ofEpochMilli(r.timestamp);
            Map<Object, List<Object[]>> ofType = states.get(r.type);
            List<AuditRow.FieldChange> fields = ofType == null
                    ? changes.readSafely(type, r.recordId, r.rev, operation)
                    : changes.readSafely(type, ofType.get(type.parseId().apply(r.recordId)), r.rev, operation);
            result.add(new AuditRow(r.rev, at, LocalDateTime.ofInstant(at, clock.getZone()), r.username, r.fullName,
                    r.bodyId == null ? null : bodies.get(r.bodyId), type.key(), changes.typeLabel(type), r.recordId,
                    operation, fields));
        }
        return result;
    }

    /** "from … where …" over every audited table, or null when the type filter names no audited type. */
    private String from(AuditFilter filter, MapSqlParameterSource params) {
        List<AuditedType> chosen = filter.getType() == null ? types.all()
                : types.byKey(filter.getType()).map(List::of).orElse(List.of());
        if (chosen.isEmpty()) {
            return null;
        }
        // Table and column names come from the persistence model, never from the request.
        String union = chosen.stream()
                .map(t -> "select a.rev, a.revtype, cast(a." + t.idColumn() + " as varchar) as record_id, '"
                        + t.key() + "' as record_type from " + t.auditTable() + " a")
                .collect(Collectors.joining(" union all "));
        StringBuilder sql = new StringBuilder("from (").append(union).append(") x join revinfo r on r.rev = x.rev where true");
        if (filter.getUser() != null) {
            sql.append(" and r.username = :user");
            params.addValue("user", filter.getUser());
        }
        if (filter.getBodyId() != null) {
            sql.append(" and r.body_id = :body");
            params.addValue("body", filter.getBodyId());
        }
        if (filter.getFrom() != null) {
            sql.append(" and r.revtstmp >= :from");
            params.addValue("from", filter.getFrom().atStartOfDay(clock.getZone()).toInstant().toEpochMilli());
        }
        if (filter.getTo() != null) {
            sql.append(" and r.revtstmp < :to");
            params.addValue("to", filter.getTo().plusDays(1).atStartOfDay(clock.getZone()).toInstant().toEpochMilli());
        }
        return sql.toString();
    }

    private record RawRow(long rev, int revtype, String recordId, String type, long timestamp, String username,
                          String fullName, Long bodyId) {
    }

    private static RawRow raw(ResultSet rs, int i) throws SQLException {
        long body = rs.getLong("body_id");
        boolean noBody = rs.wasNull();
        return new RawRow(rs.getLong("rev"), rs.getInt("revtype"), rs.getString("record_id"), rs.getString("record_type"),
                rs.getLong("revtstmp"), rs.getString("username"), rs.getString("user_full_name"),
                noBody ? null : body);
    }
}
