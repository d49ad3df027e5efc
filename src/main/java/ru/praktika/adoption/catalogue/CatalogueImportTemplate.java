package ru.praktika.adoption.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The import template a person downloads and fills in: the catalogue's columns under their Russian names
 * (the names {@link ImportFile} accepts) on an empty first sheet, and on a second sheet what to write in each
 * with an example (not on the first sheet: a forgotten example row would be imported as a practice).
 */
@Component
class CatalogueImportTemplate {

    /** Russian header, in the order of {@link ImportFile#COLUMNS}; each is one of the importer's aliases. */
    static final List<String> HEADERS = List.of("Ссылка на Смартеке", "Название", "Регион", "Категория", "Описание",
            "Алгоритм", "Результаты", "Контакты", "Теги", "Рекомендована", "Год рекомендации");
    private static final List<String> MEANING = List.of("Адрес карточки практики на Смартеке (обязательно)",
            "Название практики (обязательно)", "Субъект РФ, откуда практика", "Категория приложения № 1",
            "Краткое описание", "Шаги внедрения, каждый с новой строки", "Достигнутые результаты",
            "Контакты автора практики", "Теги через точку с запятой", "да или нет: рекомендована ли к тиражированию",
            "Год рекомендации, четыре цифры");
    private static final List<String> EXAMPLE = List.of("https://smarteka.com/practices/primer-praktiki",
            "Название практики, как на Смартеке", "Ставропольский край", "Здравоохранение",
            "Кратко: что сделано и для кого", "Шаг 1\nШаг 2\nШаг 3", "Чего достигли, с цифрами",
            "ФИО, должность, телефон, e-mail", "здоровье; село", "да", "2025");
    private static final int[] WIDTHS = {40, 40, 24, 24, 40, 40, 40, 32, 20, 14, 16};

    byte[] write() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Каталог");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            Sheet help = book.createSheet("Как заполнить");
            Row helpHeader = help.createRow(0);
            List<String> helpColumns = List.of("Столбец", "Что указать", "Пример");
            for (int c = 0; c < helpColumns.size(); c++) {
                helpHeader.createCell(c).setCellValue(helpColumns.get(c));
                helpHeader.getCell(c).setCellStyle(bold);
                help.setColumnWidth(c, 45 * 256);
            }
            for (int i = 0; i < HEADERS.size(); i++) {
                Row row = help.createRow(i + 1);
                row.createCell(0).setCellValue(HEADERS.get(i));
                row.createCell(1).setCellValue(MEANING.get(i));
                row.createCell(2).setCellValue(EXAMPLE.get(i));
                row.getCell(1).setCellStyle(wrap);
                row.getCell(2).setCellStyle(wrap);
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
