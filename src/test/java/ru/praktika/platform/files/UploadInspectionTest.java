package ru.praktika.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Uploads with bounded cost: zip bombs refused while streaming, names cleaned of bidi and control characters. */
class UploadInspectionTest {

    @Test
    void aZipBombIsRefusedWithinMillisecondsNotInflatedWhole() throws IOException {
        byte[] bomb = office("word/document.xml", 100 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        long start = System.nanoTime();
        assertThatThrownBy(() -> UploadInspection.sniff(bomb)).hasMessage("upload.archiveTooLarge");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(500);
    }

    @Test
    void theTotalTheEntryCountAndTheRatioAreEachCapped() throws IOException {
        OfficeArchive small = new OfficeArchive(50, 4 * 1024 * 1024, 1_000_000);
        assertThatThrownBy(() -> small.kind(office("xl/big.xml", 5 * 1024 * 1024))).hasMessage("upload.archiveTooLarge");
        assertThat(small.kind(office("xl/ok.xml", 1024 * 1024))).isEqualTo(ContentKind.XLSX);

        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(many)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            for (int i = 0; i < 60; i++) {
                zip.putNextEntry(new ZipEntry("xl/part" + i + ".xml"));
                zip.write('x');
            }
        }
        assertThatThrownBy(() -> small.kind(many.toByteArray())).hasMessage("upload.archiveTooLarge");

        OfficeArchive ratio = new OfficeArchive(50, Long.MAX_VALUE, 100);
        assertThatThrownBy(() -> ratio.kind(office("xl/zeros.xml", 8 * 1024 * 1024))).hasMessage("upload.archiveTooLarge");
    }

    @Test
    void bidiAndControlCharactersLeaveFileNames() {
        assertThat(UploadInspection.cleanName("счёт\u202Efdp.exe")).isEqualTo("счётfdp.exe");
        assertThat(UploadInspection.cleanName("a\u2066b\u2069c\u200F\u061C.pdf")).isEqualTo("abc.pdf");
        assertThat(UploadInspection.cleanName("nul\u0000name\r\n.pdf")).isEqualTo("nulname.pdf");
        assertThat(UploadInspection.cleanName("../../etc/passwd.pdf")).isEqualTo(".._.._etc_passwd.pdf");
        assertThat(UploadInspection.cleanName("\u202E")).isEmpty();
    }

    @Test
    void theContentDecidesNotTheName() {
        byte[] html = "<html></html>".getBytes(StandardCharsets.UTF_8);
        EnumSet<ContentKind> pdfOnly = EnumSet.of(ContentKind.PDF);
        assertThatThrownBy(() -> UploadInspection.inspect("a.pdf", html, 1024, pdfOnly)).hasMessage("upload.mismatch");
        assertThatThrownBy(() -> UploadInspection.inspect("a.html", html, 1024, pdfOnly)).hasMessage("upload.unsupported");
        assertThatThrownBy(() -> UploadInspection.inspect("a.pdf", new byte[2048], 1024, pdfOnly)).hasMessage("upload.tooLarge");
        assertThat(UploadInspection.inspect("a.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8), 1024, pdfOnly))
                .isEqualTo(ContentKind.PDF);
    }

    /** An office package with one highly compressible part of {@code size} zero bytes. */
    private static byte[] office(String part, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            byte[] chunk = new byte[64 * 1024];
            for (int written = 0; written < size; written += chunk.length) {
                zip.write(chunk);
            }
        }
        return out.toByteArray();
    }
}
