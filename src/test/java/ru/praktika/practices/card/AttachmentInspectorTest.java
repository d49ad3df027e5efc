package ru.praktika.practices.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Files are judged by their content: an .exe renamed to .pdf is refused. */
class AttachmentInspectorTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes();
    static final byte[] EXE = exe();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};

    private final AttachmentInspector inspector = new AttachmentInspector(1024 * 1024);

    static byte[] exe() {
        byte[] b = new byte[256];
        b[0] = 'M';
        b[1] = 'Z';
        return b;
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Паспорт практики");
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Показатели").createRow(0).createCell(0).setCellValue("Охват");
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] plainZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("payload.exe"));
            zip.write(EXE);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void acceptsRealFilesOfEachKind() throws IOException {
        assertThat(inspector.inspect("паспорт.pdf", PDF)).isEqualTo(FileKind.PDF);
        assertThat(inspector.inspect("паспорт.DOCX", docx())).isEqualTo(FileKind.DOCX);
        assertThat(inspector.inspect("показатели.xlsx", xlsx())).isEqualTo(FileKind.XLSX);
        assertThat(inspector.inspect("фото.png", PNG)).isEqualTo(FileKind.PNG);
        assertThat(inspector.inspect("фото.jpg", JPEG)).isEqualTo(FileKind.JPEG);
        assertThat(inspector.inspect("фото.jpeg", JPEG)).isEqualTo(FileKind.JPEG);
    }

    @Test
    void anExeRenamedToPdfIsRefused() {
        assertThatThrownBy(() -> inspector.inspect("отчёт.pdf", EXE)).hasMessage("practices.file.mismatch");
    }

    @Test
    void contentMustMatchTheExtension() throws IOException {
        assertThatThrownBy(() -> inspector.inspect("таблица.xlsx", docx())).hasMessage("practices.file.mismatch");
        assertThatThrownBy(() -> inspector.inspect("документ.docx", plainZip())).hasMessage("practices.file.mismatch");
        assertThatThrownBy(() -> inspector.inspect("фото.png", PDF)).hasMessage("practices.file.mismatch");
    }

    @Test
    void otherTypesEmptyFilesAndOversizedFilesAreRefused() {
        assertThatThrownBy(() -> inspector.inspect("программа.exe", EXE)).hasMessage("practices.file.unsupported");
        assertThatThrownBy(() -> inspector.inspect("без расширения", PDF)).hasMessage("practices.file.unsupported");
        assertThatThrownBy(() -> inspector.inspect("пусто.pdf", new byte[0])).hasMessage("practices.file.empty");
        byte[] big = new byte[1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> inspector.inspect("большой.pdf", big)).hasMessage("practices.file.tooLarge");
    }
}
