package ru.praktika.practices.card;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import ru.praktika.platform.security.CurrentUser;

/** The filtered practices list as an .xlsx file: exactly the rows the list shows, across all its pages. */
@Component
class PracticeExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String[] COLUMNS = {"title", "category", "body", "municipality", "status", "periodStart",
            "submittedOn", "smartekaNumber", "publishedOn", "smartekaUrl"};

    private final PracticeSearch search;
    private final MessageSource messages;

    PracticeExport(PracticeSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    void write(PracticeFilter filter, CurrentUser user, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(text("practices.export.sheet"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(text("practices.export.col." + COLUMNS[i]));
                cell.setCellStyle(bold);
            }
            int[] n = {1};
            search.forEach(filter, user, r -> {
                Row row = sheet.createRow(n[0]++);
                int c = 0;
                row.createCell(c++).setCellValue(r.title());
                row.createCell(c++).setCellValue(r.categoryName());
                row.createCell(c++).setCellValue(r.bodyName());
                row.createCell(c++).setCellValue(r.municipalityName() == null ? "" : r.municipalityName());
                row.createCell(c++).setCellValue(r.statusName());
                row.createCell(c++).setCellValue(r.periodStart() == null ? "" : DATE.format(r.periodStart()));
                row.createCell(c++).setCellValue(r.submittedOn() == null ? "" : DATE.format(r.submittedOn()));
                row.createCell(c++).setCellValue(r.smartekaNumber() == null ? "" : r.smartekaNumber());
                row.createCell(c++).setCellValue(r.publishedOn() == null ? "" : DATE.format(r.publishedOn()));
                row.createCell(c).setCellValue(r.smartekaUrl() == null ? "" : r.smartekaUrl());
            });
            for (int i = 0; i < COLUMNS.length; i++) {
                sheet.setColumnWidth(i, i == 0 ? 60 * 256 : 22 * 256);
            }
            book.write(out);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
