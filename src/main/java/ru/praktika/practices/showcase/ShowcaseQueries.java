package ru.praktika.practices.showcase;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.platform.PageWindow;

/**
 * The showcase's reads, in SQL that can only see published practices: every statement carries
 * {@link #PUBLISHED}, so no id, search or page of an anonymous visitor reaches a draft, a returned or a
 * rejected card. The list is two statements (count, page) and a card two (the card, its indicators), whatever
 * the number of practices.
 */
@Component
@Transactional(readOnly = true)
class ShowcaseQueries {

    /** Published on Smarteka, with its link: the only practices the public may see. */
    static final String PUBLISHED = "p.status = 'PUBLISHED' and p.smarteka_url is not null";

    static final int PAGE_SIZE = 12;

    private static final String FROM = """
             from practice p
             join category c on c.id = p.category_id
             join responsible_body b on b.id = p.body_id
             left join municipality m on m.id = p.municipality_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ShowcaseQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page list(String query, long requestedPage) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = " where " + PUBLISHED;
        if (query != null && !query.isBlank()) {
            params.addValue("q", query.strip());
            where += " and p.search @@ websearch_to_tsquery('russian', :q)";
        }
        long total = jdbc.queryForObject("select count(*)" + FROM + where, params, Long.class);
        PageWindow window = PageWindow.of(requestedPage, PAGE_SIZE, total);
        params.addValue("limit", window.size()).addValue("offset", window.offset());
        List<Item> items = jdbc.query("""
                select p.id, p.title, p.summary, c.name as category_name, b.short_name as body_name,
                       m.name as municipality_name, p.published_on, p.smarteka_url
                """ + FROM + where + " order by p.published_on desc nulls last, p.id desc limit :limit offset :offset",
                params, (rs, n) -> new Item(rs.getLong("id"), rs.getString("title"), rs.getString("summary"),
                        rs.getString("category_name"), rs.getString("body_name"), rs.getString("municipality_name"),
                        rs.getObject("published_on", LocalDate.class), rs.getString("smarteka_url")));
        return new Page(items, total, window.page(), window.pages());
    }

    Optional<Card> card(long id) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        List<Card> cards = jdbc.query("""
                select p.id, p.title, p.summary, p.problem, p.algorithm, p.results, p.resources_staff,
                       p.resources_money, p.resources_materials, p.period_start, p.period_end, p.legal_acts,
                       p.partners, p.tags, p.leader_name, p.leader_position, p.published_on, p.smarteka_url,
                       c.name as category_name, b.full_name as body_name, m.name as municipality_name
                """ + FROM + " where p.id = :id and " + PUBLISHED, params, this::cardRow);
        if (cards.isEmpty()) {
            return Optional.empty();
        }
        List<Indicator> indicators = jdbc.query("""
                select i.name, i.unit, i.base_value, i.achieved_value, i.measured_on from practice_indicator i
                join practice p on p.id = i.practice_id where i.practice_id = :id and\s""" + PUBLISHED
                + " order by i.position", params, (rs, n) -> new Indicator(rs.getString("name"), rs.getString("unit"),
                rs.getBigDecimal("base_value"), rs.getBigDecimal("achieved_value"),
                rs.getObject("measured_on", LocalDate.class)));
        return Optional.of(cards.get(0).with(indicators));
    }

    private Card cardRow(ResultSet rs, int n) throws SQLException {
        return new Card(rs.getLong("id"), rs.getString("title"), rs.getString("category_name"),
                rs.getString("body_name"), rs.getString("municipality_name"), rs.getString("summary"),
                rs.getString("problem"), rs.getString("algorithm"), rs.getString("results"),
                rs.getString("resources_staff"), rs.getString("resources_money"), rs.getString("resources_materials"),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                rs.getString("legal_acts"), rs.getString("partners"), rs.getString("tags"), rs.getString("leader_name"),
                rs.getString("leader_position"), rs.getObject("published_on", LocalDate.class),
                rs.getString("smarteka_url"), List.of());
    }

    record Page(List<Item> items, long total, int page, int pages) {
    }

    record Item(long id, String title, String summary, String category, String body, String municipality,
                LocalDate publishedOn, String smartekaUrl) {
    }

    record Card(long id, String title, String category, String body, String municipality, String summary,
                String problem, String algorithm, String results, String resourcesStaff, String resourcesMoney,
                String resourcesMaterials, LocalDate periodStart, LocalDate periodEnd, String legalActs,
                String partners, String tags, String leaderName, String leaderPosition, LocalDate publishedOn,
                String smartekaUrl, List<Indicator> indicators) {

        Card with(List<Indicator> list) {
            return new Card(id, title, category, body, municipality, summary, problem, algorithm, results,
                    resourcesStaff, resourcesMoney, resourcesMaterials, periodStart, periodEnd, legalActs, partners,
                    tags, leaderName, leaderPosition, publishedOn, smartekaUrl, list);
        }

        /** The algorithm's steps, one per line. */
        List<String> steps() {
            return algorithm == null ? List.of() : algorithm.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    record Indicator(String name, String unit, BigDecimal baseValue, BigDecimal achievedValue, LocalDate measuredOn) {
    }
}
