package ru.praktika.practices.card;

import java.util.Arrays;
import java.util.Set;

/** File types accepted as attachments and evidence, with the content type they are served with. */
public enum FileKind {
    PDF("application/pdf", Set.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
    PNG("image/png", Set.of("png")),
    JPEG("image/jpeg", Set.of("jpg", "jpeg"));

    private final String contentType;
    private final Set<String> extensions;

    FileKind(String contentType, Set<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    String contentType() {
        return contentType;
    }

    static FileKind byExtension(String ext) {
        return Arrays.stream(values()).filter(k -> k.extensions.contains(ext)).findFirst().orElse(null);
    }
}
