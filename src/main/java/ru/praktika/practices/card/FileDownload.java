package ru.praktika.practices.card;

import org.springframework.http.MediaType;
import ru.praktika.platform.Downloads;

/** A stored file sent back as a download, never rendered by the browser (nosniff, attachment). */
public final class FileDownload {

    private FileDownload() {
    }

    public static org.springframework.http.ResponseEntity<byte[]> of(String name, FileKind kind, byte[] data) {
        return Downloads.attachment(data, name, MediaType.parseMediaType(kind.contentType()));
    }
}
