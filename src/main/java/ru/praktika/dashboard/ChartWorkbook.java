package ru.praktika.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.praktika.platform.SheetWriter;

/** A chart's numbers as an XLSX sheet, written like every export of the application (numbers stay numbers). */
@Component
class ChartWorkbook {

    private final MessageSource messages;
    private final Clock clock;

    ChartWorkbook(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    byte[] write(ChartData chart) {
        List<SheetWriter.Column> columns = new ArrayList<>();
        columns.add(new SheetWriter.Column(chart.rowHeader(), 50));
        chart.columns().forEach(c -> columns.add(new SheetWriter.Column(c, Math.min(30, Math.max(12, c.length())))));
        try (SheetWriter xlsx = SheetWriter.inMemory(messages)) {
            SheetWriter.Table table = xlsx.sheet(chart.title(), chart.title(), null, LocalDate.now(clock), columns);
            for (ChartData.Row row : chart.rows()) {
                List<Object> values = new ArrayList<>();
                values.add(row.label());
                values.addAll(row.values());
                table.row(values);
            }
            return xlsx.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
