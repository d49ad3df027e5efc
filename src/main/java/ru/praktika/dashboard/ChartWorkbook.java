package ru.praktika.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** A chart's numbers as an XLSX sheet: its title, the text alternative, then the table (numbers stay numbers). */
@Component
class ChartWorkbook {

    byte[] write(ChartData chart) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(chart.title()));
            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(chart.title());
            title.setCellStyle(head);
            sheet.createRow(1).createCell(0).setCellValue(chart.summary());
            Row header = sheet.createRow(3);
            header.createCell(0).setCellValue(chart.rowHeader());
            for (int c = 0; c < chart.columns().size(); c++) {
                header.createCell(c + 1).setCellValue(chart.columns().get(c));
            }
            header.forEach(cell -> cell.setCellStyle(head));
            int r = 4;
            for (ChartData.Row line : chart.rows()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.label());
                for (int c = 0; c < line.values().size(); c++) {
                    Object v = line.values().get(c);
                    Cell cell = row.createCell(c + 1);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(String.valueOf(v));
                    }
                }
            }
            sheet.createFreezePane(1, 4);
            sheet.setColumnWidth(0, 60 * 256);
            for (int c = 1; c <= chart.columns().size(); c++) {
                sheet.setColumnWidth(c, Math.min(40, Math.max(12, chart.columns().get(c - 1).length() + 2)) * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
