package ru.praktika.adoption.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.directory.Directory;
import ru.praktika.directory.FederalSubjectRepository;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.security.CurrentUser;
import ru.praktika.platform.security.Role;

/**
 * Imports catalogue rows (cl. 5.1): a row whose Smarteka link is new creates a card, a row that differs
 * from the card with its link updates it, an identical row changes nothing (re-import is idempotent), a
 * bad row is rejected with its line and reason ({@link ImportedCard}). Everything is written in one
 * transaction: a failure leaves nothing half-imported. The writing is {@link CatalogueTable}'s.
 */
@Service
class CatalogueImport {

    static final int MAX_ROWS = 50_000;
    private static final Locale RU = Locale.forLanguageTag("ru");

    private final CatalogueTable table;
    private final TransactionTemplate tx;
    private final FederalSubjectRepository subjects;
    private final Directory directory;
    private final MessageSource messages;

    CatalogueImport(CatalogueTable table, PlatformTransactionManager transactions, FederalSubjectRepository subjects,
                    Directory directory, MessageSource messages) {
        this.table = table;
        this.tx = new TransactionTemplate(transactions);
        this.subjects = subjects;
        this.directory = directory;
        this.messages = messages;
    }

    /** Told how far the import got; may throw to abort (the whole import then rolls back). */
    interface Progress {
        void at(String phaseKey, int done, int total);
    }

    record Rejected(int line, String reason) {
    }

    record Report(int total, int created, int updated, int unchanged, List<Rejected> rejected) {
    }

    Report run(List<ImportFile.RawRow> rows, CurrentUser user, Progress progress) {
        if (rows.size() > MAX_ROWS) {
            throw new DomainException("adoption.import.tooManyRows", MAX_ROWS);
        }
        return tx.execute(status -> importRows(rows, user, progress));
    }

    private Report importRows(List<ImportFile.RawRow> rows, CurrentUser user, Progress progress) {
        ImportedCard reader = new ImportedCard(subjects.findAll(), directory.categories());
        Map<String, CatalogueTable.StoredCard> existing = table.byUrl(rows.stream().map(r -> r.get("smarteka_url"))
                .filter(u -> u != null).map(u -> u.toLowerCase(Locale.ROOT)).distinct().toList());
        Map<String, Integer> seen = new HashMap<>();
        List<PracticeCard> toCreate = new ArrayList<>();
        List<CatalogueTable.StoredCard> toUpdate = new ArrayList<>();
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
                card = reader.read(row);
                problem = null;
            } catch (ImportedCard.RowProblem p) {
                problem = message(p.key, p.args);
            }
            if (problem == null) {
                String key = card.smartekaUrl().toLowerCase(Locale.ROOT);
                Integer earlier = seen.putIfAbsent(key, row.line());
                if (earlier != null) {
                    problem = message("adoption.import.row.duplicate", earlier);
                } else {
                    CatalogueTable.StoredCard old = existing.get(key);
                    if (old == null) {
                        toCreate.add(card);
                    } else if (old.card().sameAs(card)) {
                        unchanged++;
                    } else if (!user.has(Role.COORDINATOR)) {
                        // An officer's file adds cards; changing a shared one is the coordinator's (as by hand).
                        problem = message("adoption.import.row.coordinatorChanges");
                    } else {
                        toUpdate.add(new CatalogueTable.StoredCard(old.id(), card, old.version()));
                    }
                }
            }
            if (problem != null) {
                rejected.add(new Rejected(row.line(), problem));
            }
        }
        progress.at("adoption.import.phase.writing", rows.size(), rows.size());
        table.write(toCreate, toUpdate, user);
        progress.at("adoption.import.phase.done", rows.size(), rows.size());
        return new Report(rows.size(), toCreate.size(), toUpdate.size(), unchanged, rejected);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, RU);
    }
}
