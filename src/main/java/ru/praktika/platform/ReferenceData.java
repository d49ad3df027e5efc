package ru.praktika.platform;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Reference data (the region, categories, bodies, assignments, municipalities, the 89 subjects, status tables,
 * the production calendar) read from memory instead of the database on every request: it changes a few times a
 * year and every page needs it. Several instances share one database, so each change raises the number in
 * {@code reference_version} (V40) after its commit, and an instance compares that number with its own once
 * per request, at the first read of reference data (one tiny statement instead of one per table); a different
 * number empties its cache. A short TTL bounds whatever slips through (a read racing a commit on this instance).
 */
@Component
public class ReferenceData {

    static final String CHECKED = ReferenceData.class.getName() + ".checked";
    /** Outside a request (schedulers, start-up runners) the number is compared at most this often. */
    private static final long BACKGROUND_CHECK_NANOS = Duration.ofSeconds(1).toNanos();

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Cache cache;
    private final AtomicLong seen = new AtomicLong(Long.MIN_VALUE);
    private volatile long lastBackgroundCheck;

    ReferenceData(JdbcTemplate jdbc, DataSource dataSource, @Value("${praktika.reference-cache.ttl:PT5M}") Duration ttl) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        CaffeineCacheManager manager = new CaffeineCacheManager("reference");
        manager.setCaffeine(Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000));
        manager.setAllowNullValues(true);
        this.cache = manager.getCache("reference");
    }

    /**
     * The value under {@code key}, loaded by {@code loader} when this instance has none or the data changed.
     * The value is shared by every request and thread: return immutable lists and entities nobody edits
     * (a write loads its record through the repository, never from here).
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> loader) {
        checkVersion();
        return (T) cache.get(key, loader::get);
    }

    /**
     * Reference data is being changed in the current transaction: after it ends this instance forgets what it
     * holds, and after a commit the shared number goes up so the other instances do too. Called by
     * {@link ReferenceChangeListener} for every reference entity and by writers that bypass JPA.
     */
    public void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            bump();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return; // already registered in this transaction
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ReferenceData.this);
                if (status == STATUS_COMMITTED) {
                    bump();
                } else {
                    cache.clear(); // what this transaction read of its own change is gone too
                }
            }
        });
    }

    /** Empties this instance's cache (tests that write reference rows with plain SQL). */
    public void forgetLocal() {
        cache.clear();
    }

    /**
     * Raises the shared number on a connection of its own, in auto-commit: after a commit the transaction's
     * connection is still bound to the thread, and a statement on it would open a transaction nobody commits.
     */
    private void bump() {
        long version;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("update reference_version set version = version + 1 where id = 1 returning version")) {
            version = rs.next() ? rs.getLong(1) : Long.MIN_VALUE;
        } catch (SQLException e) {
            cache.clear();
            throw new IllegalStateException("Could not raise reference_version", e);
        }
        cache.clear();
        seen.set(version);
    }

    private void checkVersion() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            if (request.getAttribute(CHECKED, RequestAttributes.SCOPE_REQUEST) != null) {
                return;
            }
            request.setAttribute(CHECKED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        } else {
            long now = System.nanoTime();
            if (now - lastBackgroundCheck < BACKGROUND_CHECK_NANOS) {
                return;
            }
            lastBackgroundCheck = now;
        }
        Long current = jdbc.queryForObject("select version from reference_version where id = 1", Long.class);
        long version = current == null ? Long.MIN_VALUE : current;
        if (seen.getAndSet(version) != version) {
            cache.clear();
        }
    }
}
