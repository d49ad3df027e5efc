package ru.praktika.platform.files;

import java.util.Locale;
import java.util.Set;
import ru.praktika.platform.DomainException;

/**
 * The one inspection every upload passes: a clean file name (no path, no control or bidi characters that
 * make "exe.pdf" read as "pdf.exe"), a size limit, and the type its content shows, which must be the one
 * its extension claims and one the upload point accepts. Office packages are read with bounded cost
 * ({@link OfficeArchive}).
 */
public final class UploadInspection {

    private UploadInspection() {
    }

    /**
     * The name without directories, control characters and bidirectional controls, trimmed to 255 chars.
     * Empty when nothing is left.
     */
    public static String cleanName(String fileName) {
        if (fileName == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(fileName.length());
        fileName.codePoints().forEach(c -> {
            if (c == '/' || c == '\\') {
                b.append('_');
            } else if (!Character.isISOControl(c) && !isBidiControl(c) && Character.getType(c) != Character.FORMAT) {
                b.appendCodePoint(c);
            }
        });
        String name = b.toString().strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    /** U+061C, U+200E/F, U+202A–E, U+2066–9: they reorder how the name is shown. */
    static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /**
     * @param maxBytes the size limit of this upload point
     * @param accepted the kinds this upload point takes
     * @return the kind the content shows
     * @throws DomainException {@code upload.*} saying what is wrong
     */
    public static ContentKind inspect(String cleanName, byte[] content, long maxBytes, Set<ContentKind> accepted) {
        if (content == null || content.length == 0) {
            throw new DomainException("upload.empty");
        }
        if (content.length > maxBytes) {
            throw new DomainException("upload.tooLarge", maxBytes / (1024 * 1024));
        }
        if (cleanName == null || cleanName.isBlank()) {
            throw new DomainException("upload.badName");
        }
        ContentKind claimed = ContentKind.byExtension(extension(cleanName));
        if (claimed == null || !accepted.contains(claimed)) {
            throw new DomainException("upload.unsupported", String.join(", ",
                    accepted.stream().sorted().map(Enum::name).toList()));
        }
        ContentKind actual = sniff(content);
        if (actual != claimed) {
            throw new DomainException("upload.mismatch", claimed.name());
        }
        return actual;
    }

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The kind by the first bytes (and, for a ZIP, by its parts), or null for anything else. */
    public static ContentKind sniff(byte[] b) {
        if (startsWith(b, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return ContentKind.PDF;
        }
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return ContentKind.PNG;
        }
        if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return ContentKind.JPEG;
        }
        if (startsWith(b, new byte[] {'P', 'K', 3, 4})) {
            return OfficeArchive.LIMITS.kind(b);
        }
        return null;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
