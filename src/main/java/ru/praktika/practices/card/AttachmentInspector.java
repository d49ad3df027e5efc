package ru.praktika.practices.card;

import ru.praktika.platform.DomainException;
import ru.praktika.platform.files.ContentKind;
import ru.praktika.platform.files.UploadInspection;

/**
 * Decides what a file really is by its content, not its name: an .exe renamed to .pdf is refused, and so is
 * a file whose content does not match its extension. Accepted: PDF, DOCX, XLSX, PNG, JPEG. The content
 * check is the platform's ({@link UploadInspection}), shared with every other upload point.
 */
final class AttachmentInspector {

    private final long maxBytes;

    AttachmentInspector(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    FileKind inspect(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException("practices.file.empty");
        }
        if (content.length > maxBytes) {
            throw new DomainException("practices.file.tooLarge", maxBytes / (1024 * 1024));
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw new DomainException("practices.file.badName");
        }
        FileKind claimed = FileKind.byExtension(extension(fileName));
        if (claimed == null) {
            throw new DomainException("practices.file.unsupported");
        }
        FileKind actual = sniff(content);
        if (actual != claimed) {
            throw new DomainException("practices.file.mismatch", claimed.name());
        }
        return actual;
    }

    private static String extension(String fileName) {
        return UploadInspection.extension(fileName);
    }

    /** By content, with the platform's bounded reading of office packages. */
    static FileKind sniff(byte[] b) {
        ContentKind kind = UploadInspection.sniff(b);
        return kind == null ? null : FileKind.valueOf(kind.name());
    }
}
