package ru.praktika.adoption.catalogue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.security.CurrentUser;

/**
 * Runs catalogue imports in the background so the page can show progress (htmx polls the job). Jobs live
 * in memory of the instance that started them; the page polls the same session, hence the same instance
 * behind a sticky balancer. One import at a time per instance keeps the database calm.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final CatalogueImport importer;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "catalogue-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    ImportJobs(CatalogueImport importer) {
        this.importer = importer;
    }

    static final class Job {
        final UUID id = UUID.randomUUID();
        final Long userId;
        final String fileName;
        volatile String phaseKey = "adoption.import.phase.queued";
        volatile int done;
        volatile int total;
        volatile CatalogueImport.Report report;
        volatile String failureKey;
        volatile Object[] failureArgs = new Object[0];

        Job(Long userId, String fileName) {
            this.userId = userId;
            this.fileName = fileName;
        }

        public UUID getId() {
            return id;
        }

        public String getFileName() {
            return fileName;
        }

        public String getPhaseKey() {
            return phaseKey;
        }

        public int getDone() {
            return done;
        }

        public int getTotal() {
            return total;
        }

        public int getPercent() {
            return total == 0 ? 0 : done * 100 / total;
        }

        public CatalogueImport.Report getReport() {
            return report;
        }

        public String getFailureKey() {
            return failureKey;
        }

        public Object[] getFailureArgs() {
            return failureArgs;
        }

        public boolean isFinished() {
            return report != null || failureKey != null;
        }
    }

    /** Reads the file now (a bad file is refused at once) and imports its rows in the background. */
    Job start(String fileName, byte[] content, CurrentUser user) {
        List<ImportFile.RawRow> rows = ImportFile.read(fileName, content);
        Job job = new Job(user.id(), fileName);
        job.total = rows.size();
        jobs.put(job.id, job);
        executor.submit(() -> {
            try {
                job.report = importer.run(rows, user, (phase, done, total) -> {
                    job.phaseKey = phase;
                    job.done = done;
                    job.total = total;
                });
            } catch (DomainException e) {
                job.failureArgs = e.arguments();
                job.failureKey = e.messageKey();
            } catch (RuntimeException e) {
                log.warn("Импорт каталога «{}» прерван, ничего не сохранено", fileName, e);
                job.failureKey = "adoption.import.failed";
            }
        });
        return job;
    }

    /** A job of this user, or null (another user's job is not theirs to see). */
    Job find(UUID id, CurrentUser user) {
        Job job = jobs.get(id);
        return job != null && job.userId.equals(user.id()) ? job : null;
    }
}
