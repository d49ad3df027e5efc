package ru.praktika.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The filtered journal as an XLSX sheet: frozen header, autofilter, readable column widths. */
@Component
class AuditExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final String[] COLUMNS = {"audit.col.time", "audit.col.who", "audit.col.body", "audit.col.type",
            "audit.col.record", "audit.col.operation", "audit.col.changes"};
    private static final int[] WIDTHS = {20, 32, 28, 30, 12, 14, 80};

    private final MessageSource messages;
    private final Clock clock;

    AuditExport(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    byte[] xlsx(List<AuditRow> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(message("audit.sheet"));
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                head.createCell(i).setCellValue(message(COLUMNS[i]));
                head.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int r = 1;
            for (AuditRow row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(TIME.format(row.time()));
                line.createCell(1).setCellValue(row.userFullName() != null ? row.userFullName()
                        : (row.username() == null || row.username().equals(AuditRevisionListener.SYSTEM)
                        ? message("audit.system") : row.username()));
                line.createCell(2).setCellValue(row.bodyName() == null ? "" : row.bodyName());
                line.createCell(3).setCellValue(row.typeLabel());
                line.createCell(4).setCellValue(row.recordId());
                line.createCell(5).setCellValue(message("audit.operation." + row.operation()));
                line.createCell(6).setCellValue(row.changes().stream()
                        .map(c -> c.label() + ": " + c.before() + " → " + c.after())
                        .collect(Collectors.joining("\n")));
                line.getCell(6).setCellStyle(wrap);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, COLUMNS.length - 1));
            book.write(out);
            return out.toByteArray();
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
