package ru.praktika.practices.card;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file sent back as a download, never rendered by the browser (nosniff, attachment). */
public final class FileDownload {

    private FileDownload() {
    }

    public static ResponseEntity<byte[]> of(String name, FileKind kind, byte[] data) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(kind.contentType()))
                .body(data);
    }
}
