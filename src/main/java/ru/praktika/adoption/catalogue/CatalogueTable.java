package ru.praktika.adoption.catalogue;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import ru.praktika.platform.security.CurrentUser;

/**
 * What an import reads from and writes to {@code catalogue_practice}, in JDBC batches (10,000 rows in
 * seconds) inside the caller's transaction. The audit trail gets one revision for the whole import, as
 * Envers would write it.
 */
@Component
class CatalogueTable {

    /** Column types of the insert (nulls need them): id, url, title, subject, category, 5 texts, recommended, year. */
    private static final int[] INSERT_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.INTEGER};

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CatalogueTable(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A stored card with its id and optimistic-lock version. */
    record StoredCard(long id, PracticeCard card, long version) {
    }

    /** The stored cards with these links (lower case), by link; one query for the whole file. */
    Map<String, StoredCard> byUrl(List<String> lowerCaseUrls) {
        Map<String, StoredCard> found = new HashMap<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    select id, smarteka_url, title, source_subject_id, category_id, summary, algorithm, results,
                           owner_contacts, tags, recommended, recommended_year, version
                    from catalogue_practice where lower(smarteka_url) = any(?)""");
            Array array = con.createArrayOf("text", lowerCaseUrls.toArray(String[]::new));
            ps.setArray(1, array);
            return ps;
        }, rs -> {
            PracticeCard card = new PracticeCard(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                    rs.getBoolean(11), (Integer) rs.getObject(12));
            found.put(card.smartekaUrl().toLowerCase(Locale.ROOT), new StoredCard(rs.getLong(1), card, rs.getLong(13)));
        });
        return found;
    }

    /** Creates and updates the cards under one audit revision by {@code user}; nothing to write, nothing written. */
    void write(List<PracticeCard> toCreate, List<StoredCard> toUpdate, CurrentUser user) {
        if (toCreate.isEmpty() && toUpdate.isEmpty()) {
            return;
        }
        long rev = revision(user);
        insert(toCreate, rev);
        update(toUpdate, rev);
        jdbc.update("insert into revchanges (rev, entityname) values (?, ?)", rev, CataloguePractice.class.getName());
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
                    c.recommendedYear()});
            audit.add(auditRow(ids.get(i), rev, 0, c));
        }
        jdbc.batchUpdate("""
                insert into catalogue_practice (id, smarteka_url, title, source_subject_id, category_id, summary,
                    algorithm, results, owner_contacts, tags, recommended, recommended_year, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows, INSERT_TYPES);
        auditBatch(audit);
    }

    private void update(List<StoredCard> changes, long rev) {
        if (changes.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> audit = new ArrayList<>();
        for (StoredCard e : changes) {
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
                throw new ObjectOptimisticLockingFailureException(CataloguePractice.class, "import");
            }
        }
        auditBatch(audit);
    }

    private static Object[] auditRow(long id, long rev, int revtype, PracticeCard c) {
        return new Object[] {id, rev, revtype, c.smartekaUrl(), c.title(), c.sourceSubjectId(), c.categoryId(),
                c.summary(), c.algorithm(), c.results(), c.ownerContacts(), c.tags(), c.recommended(),
                c.recommendedYear()};
    }

    private void auditBatch(List<Object[]> audit) {
        jdbc.batchUpdate("""
                insert into catalogue_practice_aud (id, rev, revtype, smarteka_url, title, source_subject_id,
                    category_id, summary, algorithm, results, owner_contacts, tags, recommended, recommended_year)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", audit);
    }
}
