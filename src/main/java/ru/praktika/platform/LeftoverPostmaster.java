package ru.praktika.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postgres left running by an application killed with kill -9 still holds the data directory
 * ({@code postmaster.pid}); the next start then waited ~55 s and failed with "Connection refused". Before
 * starting, such a server is stopped (its clients died with the application, so a normal shutdown is quick);
 * if it will not stop, the start fails at once and names its PID.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    private LeftoverPostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> leftover = find(dataDirectory);
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = leftover.get();
        log.warn("В каталоге {} работает оставшийся PostgreSQL (PID {}) от прежнего запуска: останавливаю его",
                dataDirectory, postmaster.pid());
        postmaster.destroy(); // SIGTERM: a smart shutdown, with a checkpoint
        if (!waitFor(postmaster, 20)) {
            postmaster.destroyForcibly(); // SIGKILL: the next start recovers from the WAL
            if (!waitFor(postmaster, 5)) {
                throw new EmbeddedDatabaseStartException(dataDirectory, new IllegalStateException(
                        "a PostgreSQL left from a previous run (PID " + postmaster.pid() + ") holds " + dataDirectory
                                + " and does not stop; stop it: kill " + postmaster.pid()));
            }
        }
    }

    /** The live postgres named by the directory's postmaster.pid, if any (a stale file is left to postgres). */
    static Optional<ProcessHandle> find(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
    }

    private static boolean waitFor(ProcessHandle process, int seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }
}
