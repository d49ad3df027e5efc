package ru.praktika.practices.card;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import ru.praktika.platform.DomainException;

/**
 * Decides what a file really is by its content, not its name: an .exe renamed to .pdf is refused, and so is
 * a file whose content does not match its extension. Accepted: PDF, DOCX, XLSX, PNG, JPEG.
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
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static FileKind sniff(byte[] b) {
        if (startsWith(b, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return FileKind.PDF;
        }
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return FileKind.PNG;
        }
        if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return FileKind.JPEG;
        }
        if (startsWith(b, new byte[] {'P', 'K', 3, 4})) {
            return officeKind(b);
        }
        return null;
    }

    /** DOCX and XLSX are ZIP packages; the part names tell which (word/ or xl/ next to [Content_Types].xml). */
    private static FileKind officeKind(byte[] b) {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < 2000) {
                String name = e.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.startsWith("word/");
                excel |= name.startsWith("xl/");
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        if (!contentTypes) {
            return null;
        }
        return word && !excel ? FileKind.DOCX : excel && !word ? FileKind.XLSX : null;
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
