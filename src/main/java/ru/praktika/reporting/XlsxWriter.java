package ru.praktika.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * XLSX: one sheet per table, the header row frozen and filtered, columns as wide as their text (up to a
 * limit, beyond which the text wraps so nothing is cut off).
 */
@Component
class XlsxWriter {

    static final int MAX_CHARS = 60;

    byte[] write(OfficialDocument d) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            head.setVerticalAlignment(VerticalAlignment.CENTER);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            CellStyle body = wb.createCellStyle();
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.TOP);
            Set<String> names = new HashSet<>();
            for (OfficialDocument.Section s : d.sections()) {
                OfficialDocument.Table t = s.table();
                if (t == null) {
                    continue;
                }
                Sheet sheet = wb.createSheet(uniqueName(t.sheetName(), names));
                int cols = t.headers().size();
                int[] width = new int[cols];
                Row header = sheet.createRow(0);
                for (int c = 0; c < cols; c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(t.headers().get(c));
                    cell.setCellStyle(head);
                    width[c] = longestLine(t.headers().get(c));
                }
                for (int r = 0; r < t.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<String> values = t.rows().get(r);
                    for (int c = 0; c < cols; c++) {
                        String v = c < values.size() && values.get(c) != null ? values.get(c) : "";
                        Cell cell = row.createCell(c);
                        if (!v.isEmpty() && v.matches("-?\\d{1,9}")) {
                            cell.setCellValue(Integer.parseInt(v));
                        } else {
                            cell.setCellValue(v);
                        }
                        cell.setCellStyle(body);
                        width[c] = Math.max(width[c], longestLine(v));
                    }
                }
                for (int c = 0; c < cols; c++) {
                    sheet.setColumnWidth(c, (Math.min(MAX_CHARS, Math.max(8, width[c])) + 2) * 256);
                }
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, t.rows().size()), 0, cols - 1));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int longestLine(String s) {
        int max = 0;
        for (String line : s.split("\n")) {
            max = Math.max(max, line.length());
        }
        return max;
    }

    private static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        if (base.length() > 28) {
            base = base.substring(0, 28);
        }
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase()); i++) {
            name = base + " " + i;
        }
        return name;
    }
}
