package ru.praktika.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The shared XLSX writer: title row, frozen and filtered header, typed cells, print setup; the download name. */
class SheetWriterTest {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    @Test
    void aSheetHasItsTitleHeaderTypedCellsAndPrintSetup() throws Exception {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("platform.sheet.title", RU, "{0}, по состоянию на {1}");
        messages.addMessage("platform.sheet.titlePeriod", RU, "{0} за {1}, по состоянию на {2}");
        byte[] bytes;
        for (boolean streaming : new boolean[] {false, true}) {
            try (SheetWriter w = streaming ? SheetWriter.streaming(messages) : SheetWriter.inMemory(messages)) {
                w.sheet("Практики", "Сводный отчёт", "3 квартал 2026 г.", LocalDate.of(2026, 10, 1),
                                List.of(new SheetWriter.Column("Название", 40), new SheetWriter.Column("Дата", 12),
                                        new SheetWriter.Column("Количество", 10), new SheetWriter.Column("Сумма", 10)))
                        .row("Здравоохранение", LocalDate.of(2026, 9, 30), 12, new BigDecimal("1.5"))
                        .row("Без даты", null, 0, null);
                bytes = w.toBytes();
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                XSSFSheet s = wb.getSheetAt(0);
                assertThat(s.getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo("Сводный отчёт за 3 квартал 2026 г., по состоянию на 01.10.2026");
                assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Название");
                assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
                assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:D4");
                assertThat(s.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(new DataFormatter(RU).formatCellValue(s.getRow(2).getCell(1))).isEqualTo("30.09.2026");
                assertThat(s.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(12.0);
                assertThat(s.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(1.5);
                assertThat(s.getPrintSetup().getLandscape()).isTrue();
                assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                assertThat(s.getFitToPage()).isTrue();
            }
        }
    }

    @Test
    void aRussianFileNameTravelsAsFilenameStar() {
        String header = Downloads.contentDisposition("Сводный отчёт: 3 квартал.xlsx");
        assertThat(header).startsWith("attachment;").contains("filename*=UTF-8''")
                .contains("%D0%A1%D0%B2%D0%BE%D0%B4%D0%BD%D1%8B%D0%B9").doesNotContain(":");
    }
}
