package ru.praktika.adoption;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.directory.Category;
import ru.praktika.directory.Directory;
import ru.praktika.directory.FederalSubjectRepository;
import ru.praktika.platform.security.CurrentUser;

/**
 * Imports catalogue rows (cl. 5.1): a row whose Smarteka link is new creates a card, a row that differs
 * from the card with its link updates it, an identical row changes nothing (re-import is idempotent), a
 * bad row is rejected with its line and reason. Everything is written in one transaction: a failure
 * leaves nothing half-imported. Written with JDBC batches (10,000 rows in seconds); the audit trail
 * gets one revision for the whole import, as Envers would write it.
 */
@Service
class CatalogueImport {

    static final int MAX_ROWS = 50_000;
    private static final int MAX_TEXT = 20_000;
    private static final Locale RU = Locale.forLanguageTag("ru");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final FederalSubjectRepository subjects;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    CatalogueImport(JdbcTemplate jdbc, PlatformTransactionManager transactions, FederalSubjectRepository subjects,
                    Directory directory, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.subjects = subjects;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    /** Told how far the import got; may throw to abort (the whole import then rolls back). */
    interface Progress {
        void at(String phaseKey, int done, int total);
    }

    record Rejected(int line, String reason) {
    }

    record Report(int total, int created, int updated, int unchanged, List<Rejected> rejected) {
    }

    private record Existing(long id, PracticeCard card, long version) {
    }

    Report run(List<ImportFile.RawRow> rows, CurrentUser user, Progress progress) {
        if (rows.size() > MAX_ROWS) {
            throw new ru.praktika.platform.DomainException("adoption.import.tooManyRows", MAX_ROWS);
        }
        return tx.execute(status -> importRows(rows, user, progress));
    }

    private Report importRows(List<ImportFile.RawRow> rows, CurrentUser user, Progress progress) {
        Map<String, Long> subjectIds = new HashMap<>();
        subjects.findAll().forEach(s -> {
            subjectIds.put(norm(s.getName()), s.getId());
            subjectIds.put(s.getCode(), s.getId());
        });
        Map<String, Long> categoryIds = new HashMap<>();
        for (Category c : directory.categories()) {
            categoryIds.put(norm(c.getName()), c.getId());
            categoryIds.put(norm(c.getCode()), c.getId());
        }
        Map<String, Existing> existing = existing(rows);
        Map<String, Integer> seen = new HashMap<>();
        List<PracticeCard> toCreate = new ArrayList<>();
        List<Existing> toUpdate = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        int unchanged = 0;
        int i = 0;
        for (ImportFile.RawRow row : rows) {
            if (++i % 200 == 0) {
                progress.at("adoption.import.phase.checking", i, rows.size());
            }
            String problem;
            PracticeCard card = null;
            try {
                card = card(row, subjectIds, categoryIds);
                problem = null;
            } catch (RowProblem p) {
                problem = message(p.key, p.args);
            }
            if (problem == null) {
                String key = card.smartekaUrl().toLowerCase(Locale.ROOT);
                Integer earlier = seen.putIfAbsent(key, row.line());
                if (earlier != null) {
                    problem = message("adoption.import.row.duplicate", earlier);
                } else {
                    Existing old = existing.get(key);
                    if (old == null) {
                        toCreate.add(card);
                    } else if (old.card().sameAs(card)) {
                        unchanged++;
                    } else {
                        toUpdate.add(new Existing(old.id(), card, old.version()));
                    }
                }
            }
            if (problem != null) {
                rejected.add(new Rejected(row.line(), problem));
            }
        }
        progress.at("adoption.import.phase.writing", rows.size(), rows.size());
        if (!toCreate.isEmpty() || !toUpdate.isEmpty()) {
            long rev = revision(user);
            insert(toCreate, rev);
            update(toUpdate, rev);
            jdbc.update("insert into revchanges (rev, entityname) values (?, ?)", rev, CataloguePractice.class.getName());
        }
        progress.at("adoption.import.phase.done", rows.size(), rows.size());
        return new Report(rows.size(), toCreate.size(), toUpdate.size(), unchanged, rejected);
    }

    private Map<String, Existing> existing(List<ImportFile.RawRow> rows) {
        String[] urls = rows.stream().map(r -> r.get("smarteka_url")).filter(u -> u != null)
                .map(u -> u.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        Map<String, Existing> found = new HashMap<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    select id, smarteka_url, title, source_subject_id, category_id, summary, algorithm, results,
                           owner_contacts, tags, recommended, recommended_year, generated, version
                    from catalogue_practice where lower(smarteka_url) = any(?)""");
            Array array = con.createArrayOf("text", urls);
            ps.setArray(1, array);
            return ps;
        }, rs -> {
            PracticeCard card = new PracticeCard(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                    rs.getBoolean(11), (Integer) rs.getObject(12), rs.getBoolean(13));
            found.put(card.smartekaUrl().toLowerCase(Locale.ROOT), new Existing(rs.getLong(1), card, rs.getLong(14)));
        });
        return found;
    }

    private static final class RowProblem extends RuntimeException {
        final String key;
        final transient Object[] args;

        RowProblem(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    private PracticeCard card(ImportFile.RawRow row, Map<String, Long> subjectIds, Map<String, Long> categoryIds) {
        String url = row.get("smarteka_url");
        String urlProblem = CatalogueRules.urlProblem(url);
        if (urlProblem != null) {
            throw new RowProblem(urlProblem);
        }
        String title = row.get("title");
        if (title == null) {
            throw new RowProblem("adoption.import.row.titleRequired");
        }
        if (title.length() > 500) {
            throw new RowProblem("adoption.import.row.tooLong", "title", 500);
        }
        String region = row.get("region");
        if (region == null) {
            throw new RowProblem("adoption.import.row.regionRequired");
        }
        Long subject = subjectIds.get(norm(region));
        if (subject == null) {
            throw new RowProblem("adoption.import.row.regionUnknown", region);
        }
        String category = row.get("category");
        if (category == null) {
            throw new RowProblem("adoption.import.row.categoryRequired");
        }
        Long categoryId = categoryIds.get(norm(category));
        if (categoryId == null) {
            throw new RowProblem("adoption.import.row.categoryUnknown", category);
        }
        Boolean recommended = yesNo(row.get("recommended"));
        Integer year = null;
        String yearText = row.get("recommended_year");
        if (yearText != null) {
            try {
                year = Integer.parseInt(yearText);
            } catch (NumberFormatException e) {
                throw new RowProblem("adoption.import.row.yearInvalid", yearText);
            }
            if (!CatalogueRules.yearOk(year)) {
                throw new RowProblem("adoption.import.row.yearInvalid", yearText);
            }
        }
        String owner = limited(row, "owner_contacts", 1000);
        String tags = limited(row, "tags", 500);
        boolean rec = recommended != null ? recommended : year != null;
        // Generated rows (tests, benchmarks) are marked so they are never mistaken for the real catalogue.
        boolean generated = Boolean.TRUE.equals(yesNo(row.get("generated")));
        return new PracticeCard(url.strip(), title, subject, categoryId, limited(row, "summary", MAX_TEXT),
                limited(row, "algorithm", MAX_TEXT), limited(row, "results", MAX_TEXT), owner, tags, rec,
                rec ? year : null, generated);
    }

    private static String limited(ImportFile.RawRow row, String column, int max) {
        String v = row.get(column);
        if (v != null && v.length() > max) {
            throw new RowProblem("adoption.import.row.tooLong", column, max);
        }
        return v;
    }

    private static Boolean yesNo(String v) {
        if (v == null) {
            return null;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "да", "true", "1", "yes", "+" -> true;
            case "нет", "false", "0", "no", "-" -> false;
            default -> throw new RowProblem("adoption.import.row.recommendedInvalid", v);
        };
    }

    /** Names compare without case, quotes «» and the "ё" spelling. */
    static String norm(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[«»\"]", "").replaceAll("\\s+", " ");
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, RU);
    }

    private long revision(CurrentUser user) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(
                    "insert into revinfo (revtstmp, username, user_full_name, body_id) values (?, ?, ?, ?)",
                    new String[] {"rev"});
            ps.setLong(1, clock.millis());
            ps.setString(2, user == null ? null : user.username());
            ps.setString(3, user == null ? null : user.fullName());
            if (user == null || user.bodyId() == null) {
                ps.setNull(4, Types.BIGINT);
            } else {
                ps.setLong(4, user.bodyId());
            }
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    private void insert(List<PracticeCard> cards, long rev) {
        if (cards.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.queryForList(
                "select nextval(pg_get_serial_sequence('catalogue_practice', 'id')) from generate_series(1, ?)",
                Long.class, cards.size());
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> audit = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            PracticeCard c = cards.get(i);
            rows.add(new Object[] {ids.get(i), c.smartekaUrl(), c.title(), c.sourceSubjectId(), c.categoryId(),
                    c.summary(), c.algorithm(), c.results(), c.ownerContacts(), c.tags(), c.recommended(),
                    c.recommendedYear(), c.generated()});
            audit.add(auditRow(ids.get(i), rev, 0, c));
        }
        jdbc.batchUpdate("""
                insert into catalogue_practice (id, smarteka_url, title, source_subject_id, category_id, summary,
                    algorithm, results, owner_contacts, tags, recommended, recommended_year, generated, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows, types(13));
        auditBatch(audit);
    }

    private void update(List<Existing> changes, long rev) {
        if (changes.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> audit = new ArrayList<>();
        for (Existing e : changes) {
            PracticeCard c = e.card();
            rows.add(new Object[] {c.smartekaUrl(), c.title(), c.sourceSubjectId(), c.categoryId(), c.summary(),
                    c.algorithm(), c.results(), c.ownerContacts(), c.tags(), c.recommended(), c.recommendedYear(),
                    e.id(), e.version()});
            audit.add(auditRow(e.id(), rev, 1, c));
        }
        int[] counts = jdbc.batchUpdate("""
                update catalogue_practice set smarteka_url = ?, title = ?, source_subject_id = ?, category_id = ?,
                    summary = ?, algorithm = ?, results = ?, owner_contacts = ?, tags = ?, recommended = ?,
                    recommended_year = ?, version = version + 1
                where id = ? and version = ?""", rows);
        for (int n : counts) {
            if (n == 0) {
                // Someone changed a card while the file was being imported: refuse the whole import.
                throw new org.springframework.orm.ObjectOptimisticLockingFailureException(CataloguePractice.class, "import");
            }
        }
        auditBatch(audit);
    }

    private static Object[] auditRow(long id, long rev, int revtype, PracticeCard c) {
        return new Object[] {id, rev, revtype, c.smartekaUrl(), c.title(), c.sourceSubjectId(), c.categoryId(),
                c.summary(), c.algorithm(), c.results(), c.ownerContacts(), c.tags(), c.recommended(),
                c.recommendedYear(), c.generated()};
    }

    private void auditBatch(List<Object[]> audit) {
        jdbc.batchUpdate("""
                insert into catalogue_practice_aud (id, rev, revtype, smarteka_url, title, source_subject_id,
                    category_id, summary, algorithm, results, owner_contacts, tags, recommended, recommended_year, generated)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", audit);
    }

    private static int[] types(int n) {
        int[] t = new int[n];
        t[0] = Types.BIGINT;
        t[1] = Types.VARCHAR;
        t[2] = Types.VARCHAR;
        t[3] = Types.BIGINT;
        t[4] = Types.BIGINT;
        for (int i = 5; i < 10; i++) {
            t[i] = Types.VARCHAR;
        }
        t[10] = Types.BOOLEAN;
        t[11] = Types.INTEGER;
        t[12] = Types.BOOLEAN;
        return t;
    }

    static Timestamp ts(java.time.Instant i) {
        return Timestamp.from(i);
    }
}
