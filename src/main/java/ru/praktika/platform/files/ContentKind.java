package ru.praktika.platform.files;

import java.util.Arrays;
import java.util.Set;

/** What a file's content shows it to be, and the extensions that may claim it. */
public enum ContentKind {
    PDF(Set.of("pdf")),
    DOCX(Set.of("docx")),
    XLSX(Set.of("xlsx")),
    PNG(Set.of("png")),
    JPEG(Set.of("jpg", "jpeg"));

    private final Set<String> extensions;

    ContentKind(Set<String> extensions) {
        this.extensions = extensions;
    }

    public static ContentKind byExtension(String ext) {
        return Arrays.stream(values()).filter(k -> k.extensions.contains(ext)).findFirst().orElse(null);
    }
}
