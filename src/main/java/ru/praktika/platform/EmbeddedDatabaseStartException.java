package ru.praktika.platform;

import java.nio.file.Path;

/** The embedded PostgreSQL could not start; the failure analyzer turns it into one clear line. */
class EmbeddedDatabaseStartException extends RuntimeException {

    private final Path dataDirectory;

    EmbeddedDatabaseStartException(Path dataDirectory, Throwable cause) {
        super("Embedded PostgreSQL failed to start in " + dataDirectory, cause);
        this.dataDirectory = dataDirectory;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    boolean runningAsRootWithoutNamespaces() {
        for (Throwable t = this; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("cannot be run as root")) {
                return true;
            }
        }
        return false;
    }
}
