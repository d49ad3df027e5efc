package ru.praktika.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import ru.praktika.platform.DomainException;

/**
 * Reads a DOCX/XLSX package (a ZIP) as a stream with bounded cost: it stops and refuses as soon as the
 * entries, the inflated bytes or the inflation ratio go over the limits, so a zip bomb costs milliseconds,
 * not the seconds it takes to inflate it whole. The ratio is inflated bytes over compressed bytes consumed
 * so far (headers may lie about sizes; the stream does not).
 *
 * @param maxEntries    parts in the package
 * @param maxTotalBytes inflated bytes of all parts together
 * @param maxRatio      inflated ÷ compressed, checked once more than {@link #RATIO_SLACK} bytes are inflated
 */
public record OfficeArchive(int maxEntries, long maxTotalBytes, int maxRatio) {

    /** Generous for real documents (a 10 MB workbook inflates to well under 200 MB, XML to under 100×). */
    public static final OfficeArchive LIMITS = new OfficeArchive(2_000, 200L * 1024 * 1024, 100);

    static final long RATIO_SLACK = 1024 * 1024;

    /**
     * DOCX or XLSX by the part names (word/ or xl/ next to [Content_Types].xml), or null when it is no
     * such package or not a readable ZIP.
     *
     * @throws DomainException {@code upload.archiveTooLarge} beyond the limits
     */
    public ContentKind kind(byte[] content) {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        ByteArrayInputStream raw = new ByteArrayInputStream(content);
        byte[] buffer = new byte[8192];
        long inflated = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > maxEntries) {
                    throw tooLarge();
                }
                String name = e.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.startsWith("word/");
                excel |= name.startsWith("xl/");
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    long compressed = content.length - raw.available();
                    if (inflated > maxTotalBytes
                            || inflated > RATIO_SLACK && inflated > compressed * (long) maxRatio) {
                        throw tooLarge();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        if (!contentTypes) {
            return null;
        }
        return word && !excel ? ContentKind.DOCX : excel && !word ? ContentKind.XLSX : null;
    }

    /** Refuses a package beyond the limits before a library (POI) opens it whole. */
    public void requireWithinLimits(byte[] content) {
        kind(content);
    }

    private DomainException tooLarge() {
        return new DomainException("upload.archiveTooLarge", maxTotalBytes / (1024 * 1024), maxEntries, maxRatio);
    }
}
