package ru.praktika.practices.card;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.Directory;
import ru.praktika.directory.PlacementCriterion;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.Role;
import ru.praktika.practices.criteria.RegionRatings;
import ru.praktika.platform.PageWindow;

/**
 * The practices list in SQL: filters, Russian full-text search over the generated {@code search} column
 * (title, description, algorithm, results; config {@code russian}, so «внедрение» finds «внедрения»),
 * sorting and pages. Public for the home widget and the search benchmark, which time this very query.
 */
@Service
@Transactional(readOnly = true)
public class PracticeSearch {

    private static final String FROM = """
             from practice p
             join category c on c.id = p.category_id
             join responsible_body b on b.id = p.body_id
             join placement_status s on s.code = p.status
             left join municipality m on m.id = p.municipality_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final Directory directory;
    private final RegionRatings ratings;
    private final PracticesProperties properties;
    private final Clock clock;

    PracticeSearch(NamedParameterJdbcTemplate jdbc, Directory directory, RegionRatings ratings,
                   PracticesProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.ratings = ratings;
        this.properties = properties;
        this.clock = clock;
    }

    /** One page of the list as {@code user} may see it. */
    public Page find(PracticeFilter f, CurrentUser user) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(f, user, params);
        // The filters name only p (and criterion_evidence), so the count needs none of the list's joins; capped.
        long total = jdbc.queryForObject(PageWindow.cappedCount("from practice p" + where), params, Long.class);
        PageWindow window = PageWindow.of(f.pageNumber(), properties.pageSize(), total);
        params.addValue("limit", window.size()).addValue("offset", window.offset());
        List<Row> rows = jdbc.query(select(f) + FROM + where + orderBy(f) + " limit :limit offset :offset", params,
                this::row);
        return new Page(rows, total, window.page(), window.pages());
    }

    /** Practice counts by status code in the user's scope (the home widget), in one grouped statement. */
    public Map<String, Long> countByStatus(CurrentUser user) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(new PracticeFilter(null, null, null, null, null, null, null, null, null), user, params);
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select p.status, count(*) as n from practice p" + where + " group by p.status", params,
                rs -> {
                    counts.put(rs.getString("status"), rs.getLong("n"));
                });
        return counts;
    }

    /** Every row of the filtered list, in its order, one by one (for the export). */
    void forEach(PracticeFilter f, CurrentUser user, Consumer<Row> consumer) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(f, user, params);
        jdbc.query(select(f) + FROM + where + orderBy(f), params, rs -> {
            consumer.accept(row(rs, 0));
        });
    }

    private String select(PracticeFilter f) {
        return """
                select p.id, p.title, p.status, s.name as status_name, c.name as category_name,
                       b.short_name as body_name, m.name as municipality_name, p.period_start, p.submitted_on,
                       p.smarteka_number, p.published_on, p.smarteka_url, p.updated_at, p.body_id
                """;
    }

    private String where(PracticeFilter f, CurrentUser user, MapSqlParameterSource params) {
        List<String> and = new ArrayList<>();
        if (!user.seesAllBodies()) {
            // Own body's practices and those in categories the body shares (domain.md: shared categories are visible).
            if (user.bodyId() == null || !(user.has(Role.OFFICER) || user.has(Role.HEAD))) {
                and.add("false");
            } else {
                List<Long> categories = directory.categoriesOf(user.bodyId(), LocalDate.now(clock)).stream()
                        .map(c -> c.getId()).toList();
                params.addValue("myBody", user.bodyId());
                if (categories.isEmpty()) {
                    and.add("p.body_id = :myBody");
                } else {
                    params.addValue("myCategories", categories);
                    and.add("(p.body_id = :myBody or p.category_id in (:myCategories))");
                }
            }
        }
        if (f.hasQuery()) {
            params.addValue("q", f.q().strip());
            and.add("p.search @@ websearch_to_tsquery('russian', :q)");
        }
        if (f.categoryId() != null) {
            params.addValue("category", f.categoryId());
            and.add("p.category_id = :category");
        }
        if (f.bodyId() != null) {
            params.addValue("body", f.bodyId());
            and.add("p.body_id = :body");
        }
        if (f.status() != null && !f.status().isBlank()) {
            params.addValue("status", f.status());
            and.add("p.status = :status");
        }
        if (f.municipalityId() != null) {
            params.addValue("municipality", f.municipalityId());
            and.add("p.municipality_id = :municipality");
        }
        if (f.year() != null) {
            params.addValue("yearFrom", LocalDate.of(f.year(), 1, 1)).addValue("yearTo", LocalDate.of(f.year() + 1, 1, 1));
            and.add("p.period_start >= :yearFrom and p.period_start < :yearTo");
        }
        if (f.criterion() != null && !f.criterion().isBlank()) {
            boolean regionLevel = directory.placementCriteria().stream()
                    .anyMatch(c -> c.getCode().equals(f.criterion()) && c.getScope() == PlacementCriterion.Scope.REGION);
            if (regionLevel) {
                // Criterion а) is the region's: it covers every practice while the coordinator's record is valid.
                and.add(ratings.on(LocalDate.now(clock)) != null ? "true" : "false");
            } else {
                params.addValue("criterion", f.criterion());
                and.add("exists (select 1 from criterion_evidence e where e.practice_id = p.id and e.criterion_code = :criterion)");
            }
        }
        return and.isEmpty() ? "" : " where " + String.join(" and ", and);
    }

    private String orderBy(PracticeFilter f) {
        return switch (f.effectiveSort()) {
            case "relevance" -> " order by ts_rank(p.search, websearch_to_tsquery('russian', :q)) desc, p.id desc";
            case "title" -> " order by p.title, p.id";
            case "status" -> " order by s.sort_order, p.updated_at desc, p.id desc";
            case "category" -> " order by c.sort_order, p.title, p.id";
            default -> " order by p.updated_at desc, p.id desc";
        };
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        Timestamp updated = rs.getTimestamp("updated_at");
        return new Row(rs.getLong("id"), rs.getString("title"), rs.getString("status"), rs.getString("status_name"),
                rs.getString("category_name"), rs.getString("body_name"), rs.getString("municipality_name"),
                rs.getObject("period_start", LocalDate.class), rs.getObject("submitted_on", LocalDate.class),
                rs.getString("smarteka_number"), rs.getObject("published_on", LocalDate.class),
                rs.getString("smarteka_url"), updated == null ? null : LocalDate.ofInstant(updated.toInstant(), clock.getZone()), rs.getLong("body_id"));
    }

    public record Row(long id, String title, String status, String statusName, String categoryName, String bodyName,
               String municipalityName, LocalDate periodStart, LocalDate submittedOn, String smartekaNumber,
               LocalDate publishedOn, String smartekaUrl, LocalDate updatedOn, long bodyId) {
    }

    /** {@code total} is capped at {@link PageWindow#COUNT_CAP} + 1: see {@link #capped()}. */
    public record Page(List<Row> rows, long total, int page, int pages) {

        /** More rows than the list counts: the page says «более 10 000». */
        public boolean capped() {
            return PageWindow.capped(total);
        }
    }
}
