package ru.praktika.platform;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One way to hand a file to the browser: the Content-Disposition carries the Russian name as RFC 6266
 * {@code filename*} (UTF-8), which every current browser saves under that name.
 */
public final class Downloads {

    public static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private Downloads() {
    }

    /** The header value for {@code name}, e.g. {@code Журнал изменений 02.12.2026.xlsx}. */
    public static String contentDisposition(String name) {
        return ContentDisposition.attachment().filename(safe(name), StandardCharsets.UTF_8).build().toString();
    }

    public static ResponseEntity<byte[]> attachment(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(name))
                .header("X-Content-Type-Options", "nosniff")
                .contentType(type).body(body);
    }

    /** Characters no file system accepts (and quotes, line breaks) become spaces or dashes. */
    static String safe(String name) {
        String n = name == null || name.isBlank() ? "file" : name;
        return n.replaceAll("[\\r\\n\\t]", " ").replaceAll("[\\\\/:*?\"<>|]", "-").strip();
    }
}
