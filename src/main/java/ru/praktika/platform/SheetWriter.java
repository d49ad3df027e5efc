package ru.praktika.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * Every XLSX the application gives out, written alike: a title row (what, the period, as of which day),
 * the header row frozen and filtered, dates as real dates shown dd.MM.yyyy, numbers as numbers, long text
 * wrapped, printed landscape and fitted to the page width.
 *
 * <pre>
 * try (SheetWriter xlsx = SheetWriter.inMemory(messages)) {
 *     SheetWriter.Table t = xlsx.sheet(sheetName, title, periodOrNull, today, List.of(new Column(header, 30), ...));
 *     t.row(text, number, localDate, ...);
 *     return xlsx.toBytes();
 * }
 * </pre>
 */
public final class SheetWriter implements AutoCloseable {

    /** A column: its header and its width in characters. */
    public record Column(String header, int width) {
    }

    /** A cell whose text opens {@code url} (a long address shown under a short label). */
    public record Link(String text, String url) {
    }

    private static final Locale RU = Locale.forLanguageTag("ru-RU");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int HEADER_ROW = 1;

    private final Workbook book;
    private final MessageSource messages;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle linkStyle;
    private final Set<String> sheetNames = new HashSet<>();
    private Table current;

    private SheetWriter(Workbook book, MessageSource messages) {
        this.book = book;
        this.messages = messages;
        Font bold = book.createFont();
        bold.setBold(true);
        Font big = book.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 12);
        title = book.createCellStyle();
        title.setFont(big);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = book.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        date = format("dd.mm.yyyy");
        dateTime = format("dd.mm.yyyy hh:mm:ss");
        integer = format("0");
        decimal = format("#,##0.####");
        Font blue = book.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        linkStyle = book.createCellStyle();
        linkStyle.setFont(blue);
        linkStyle.setWrapText(true);
        linkStyle.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** A workbook kept in memory (small exports, several sheets). */
    public static SheetWriter inMemory(MessageSource messages) {
        return new SheetWriter(new XSSFWorkbook(), messages);
    }

    /** A workbook streamed to disk 200 rows at a time (lists that may be long). */
    public static SheetWriter streaming(MessageSource messages) {
        return new SheetWriter(new SXSSFWorkbook(200), messages);
    }

    /**
     * Starts a sheet: row 1 is the title (heading, period, the as-of day from the bundle key
     * platform.sheet.title or platform.sheet.titlePeriod), row 2 the headers. {@code period} may be null.
     */
    public Table sheet(String name, String heading, String period, LocalDate asOf, List<Column> columns) {
        finish();
        Sheet sheet = book.createSheet(uniqueName(name));
        String line = period == null || period.isBlank()
                ? messages.getMessage("platform.sheet.title", new Object[] {heading, DATE.format(asOf)}, RU)
                : messages.getMessage("platform.sheet.titlePeriod", new Object[] {heading, period, DATE.format(asOf)}, RU);
        Cell t = sheet.createRow(0).createCell(0);
        t.setCellValue(line);
        t.setCellStyle(title);
        Row head = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, Math.min(255, Math.max(6, columns.get(c).width()) + 2) * 256);
        }
        current = new Table(sheet, columns.size());
        return current;
    }

    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(OutputStream out) throws IOException {
        finish();
        book.write(out);
    }

    @Override
    public void close() throws IOException {
        if (book instanceof SXSSFWorkbook s) {
            s.dispose();
        }
        book.close();
    }

    /** The rows of one sheet. */
    public final class Table {

        private final Sheet sheet;
        private final int columns;
        private int next = HEADER_ROW + 1;
        private boolean finished;

        private Table(Sheet sheet, int columns) {
            this.sheet = sheet;
            this.columns = columns;
        }

        /** Values in column order: text, numbers, {@link LocalDate}, {@link LocalDateTime}; null leaves the cell empty. */
        public Table row(Object... values) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < columns && c < values.length; c++) {
                set(row.createCell(c), values[c]);
            }
            return this;
        }

        public Table row(List<?> values) {
            return row(values.toArray());
        }

        private void finish() {
            if (finished) {
                return;
            }
            finished = true;
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, next - 1), 0, columns - 1));
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
        }
    }

    private void set(Cell cell, Object v) {
        if (v == null) {
            cell.setCellStyle(text);
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (v instanceof LocalDateTime d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateTime);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            cell.setCellValue(((Number) v).doubleValue());
            cell.setCellStyle(integer);
        } else if (v instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(decimal);
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(decimal);
        } else if (v instanceof Link link) {
            cell.setCellValue(link.text());
            cell.setCellStyle(linkStyle);
            try {
                Hyperlink h = book.getCreationHelper().createHyperlink(HyperlinkType.URL);
                h.setAddress(link.url());
                cell.setHyperlink(h);
            } catch (IllegalArgumentException e) {
                // an address the format refuses stays as text
            }
        } else {
            String s = v.toString();
            cell.setCellValue(s.length() > 32_000 ? s.substring(0, 32_000) : s);
            cell.setCellStyle(text);
        }
    }

    private void finish() {
        if (current != null) {
            current.finish();
        }
    }

    private CellStyle format(String pattern) {
        CellStyle s = book.createCellStyle();
        s.setDataFormat(book.createDataFormat().getFormat(pattern));
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private String uniqueName(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "1" : wanted);
        if (base.length() > 28) {
            base = base.substring(0, 28);
        }
        String name = base;
        for (int i = 2; !sheetNames.add(name.toLowerCase(RU)); i++) {
            name = base + " " + i;
        }
        return name;
    }
}
