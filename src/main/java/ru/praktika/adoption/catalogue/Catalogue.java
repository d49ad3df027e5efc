package ru.praktika.adoption.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.directory.Category;
import ru.praktika.directory.Directory;
import ru.praktika.directory.FederalSubject;
import ru.praktika.directory.FederalSubjectRepository;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.NotFoundException;
import ru.praktika.platform.PageWindow;

/** The catalogue of Smarteka practices (cl. 5.1): cards, Russian full-text search, filters, suggestions. */
@Service
@Transactional(readOnly = true)
public class Catalogue {

    static final int PAGE_SIZE = 25;

    private final CataloguePracticeRepository practices;
    private final FederalSubjectRepository subjects;
    private final Directory directory;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Catalogue(CataloguePracticeRepository practices, FederalSubjectRepository subjects, Directory directory,
              NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.practices = practices;
        this.subjects = subjects;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record SearchQuery(String text, Long categoryId, Long subjectId, Boolean recommended, Boolean studied, int page) {
    }

    public record PracticeRow(Long id, String title, String region, String category, boolean recommended,
                       Integer recommendedYear, boolean studied, String decision) {
    }

    /** {@code total} is capped at {@link PageWindow#COUNT_CAP} + 1: see {@link #capped()}. */
    record SearchResult(List<PracticeRow> rows, long total, int page, int pages) {

        public boolean capped() {
            return PageWindow.capped(total);
        }
    }

    /** Full-text search in Russian (word forms: "поликлиники" finds "поликлиника"), filters, studied by {@code bodyId}. */
    SearchResult search(SearchQuery q, Long bodyId) {
        StringBuilder where = new StringBuilder(" where true");
        MapSqlParameterSource p = new MapSqlParameterSource("body", bodyId == null ? -1L : bodyId);
        boolean text = q.text() != null && !q.text().isBlank();
        if (text) {
            where.append(" and p.search @@ websearch_to_tsquery('russian', :text)");
            p.addValue("text", q.text().strip());
        }
        if (q.categoryId() != null) {
            where.append(" and p.category_id = :category");
            p.addValue("category", q.categoryId());
        }
        if (q.subjectId() != null) {
            where.append(" and p.source_subject_id = :subject");
            p.addValue("subject", q.subjectId());
        }
        if (q.recommended() != null) {
            where.append(" and p.recommended = :recommended");
            p.addValue("recommended", q.recommended());
        }
        if (q.studied() != null) {
            where.append(q.studied() ? " and s.id is not null" : " and s.id is null");
        }
        String from = " from catalogue_practice p join federal_subject f on f.id = p.source_subject_id"
                + " join category c on c.id = p.category_id"
                + " left join practice_study s on s.practice_id = p.id and s.body_id = :body";
        // Counted without the name joins (every practice has its subject and category), capped.
        Long total = jdbc.queryForObject(PageWindow.cappedCount(" from catalogue_practice p left join practice_study s"
                + " on s.practice_id = p.id and s.body_id = :body" + where), p, Long.class);
        long count = total == null ? 0 : total;
        // Pages are 0-based here; the shared window clamps a page beyond the last and keeps the offset a long.
        PageWindow window = PageWindow.of((long) q.page() + 1, PAGE_SIZE, count);
        int page = window.page() - 1;
        p.addValue("limit", window.size()).addValue("offset", window.offset());
        String order = text ? " order by ts_rank(p.search, websearch_to_tsquery('russian', :text)) desc, p.title"
                : " order by p.recommended desc, p.title";
        List<PracticeRow> rows = jdbc.query("select p.id, p.title, f.name as region, c.name as category, p.recommended,"
                        + " p.recommended_year, s.id is not null as studied, s.decision" + from + where + order
                        + " limit :limit offset :offset", p,
                (rs, i) -> new PracticeRow(rs.getLong("id"), rs.getString("title"), rs.getString("region"),
                        rs.getString("category"), rs.getBoolean("recommended"),
                        (Integer) rs.getObject("recommended_year"), rs.getBoolean("studied"), rs.getString("decision")));
        long t = total == null ? 0 : total;
        return new SearchResult(rows, t, page, (int) ((t + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    /** Practices to study for a body: in its categories, not yet studied, recommended first. */
    public List<PracticeRow> suggestions(Long bodyId, int limit) {
        List<Long> categories = directory.categoriesOf(bodyId, LocalDate.now(clock)).stream().map(Category::getId).toList();
        if (categories.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource("body", bodyId).addValue("categories", categories)
                .addValue("limit", limit);
        return jdbc.query(SUGGESTIONS, p, (rs, i) -> suggestion(rs));
    }

    /**
     * The practices suggested to a body: of its categories ({@code :categories}), not yet studied by it
     * ({@code :body}), recommended first, {@code :limit} of them. The home page runs it inside its own statement.
     */
    public static final String SUGGESTIONS = """
            select p.id, p.title, f.name as region, c.name as category, p.recommended, p.recommended_year
            from catalogue_practice p join federal_subject f on f.id = p.source_subject_id
            join category c on c.id = p.category_id
            where p.category_id in (:categories)
              and not exists (select 1 from practice_study s where s.practice_id = p.id and s.body_id = :body)
            order by p.recommended desc, p.recommended_year desc nulls last, p.title limit :limit""";

    /** A row of {@link #SUGGESTIONS}. */
    public static PracticeRow suggestion(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PracticeRow(rs.getLong("id"), rs.getString("title"), rs.getString("region"),
                rs.getString("category"), rs.getBoolean("recommended"), (Integer) rs.getObject("recommended_year"), false, null);
    }

    public CataloguePractice practice(Long id) {
        return practices.findById(id).orElseThrow(() -> new NotFoundException("practice", id));
    }

    public long count() {
        return practices.count();
    }

    /** From the reference cache (the 89 subjects never change between requests). */
    List<FederalSubject> subjects() {
        return directory.federalSubjects();
    }

    public String subjectName(Long id) {
        return subjects().stream().filter(s -> s.getId().equals(id)).map(FederalSubject::getName).findFirst().orElse("");
    }

    public List<Category> categories() {
        return directory.categories();
    }

    @Transactional
    CataloguePractice add(PracticeCard card) {
        check(card, null);
        return practices.save(new CataloguePractice(card));
    }

    @Transactional
    CataloguePractice change(Long id, long version, PracticeCard card) {
        CataloguePractice practice = practice(id);
        if (practice.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(CataloguePractice.class, id);
        }
        check(card, id);
        practice.apply(card);
        return practice;
    }

    private void check(PracticeCard card, Long id) {
        String reason = CatalogueRules.urlProblem(card.smartekaUrl());
        if (reason != null) {
            throw new DomainException(reason);
        }
        practices.findByUrl(card.smartekaUrl()).filter(p -> !p.getId().equals(id)).ifPresent(p -> {
            throw new DomainException("adoption.practice.urlTaken", p.getTitle());
        });
        if (card.recommended() && card.recommendedYear() != null && !CatalogueRules.yearOk(card.recommendedYear())) {
            throw new DomainException("adoption.practice.yearRange");
        }
    }

    /** Titles of practices by id (for lists of implementations and studies). */
    public Map<Long, CataloguePractice> byIds(List<Long> ids) {
        List<CataloguePractice> found = new ArrayList<>(practices.findAllById(ids));
        return found.stream().collect(Collectors.toMap(CataloguePractice::getId, Function.identity()));
    }
}
