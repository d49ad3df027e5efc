package ru.praktika.reporting;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.praktika.platform.SheetWriter;

/**
 * XLSX of a report: one sheet per table through the shared {@link SheetWriter} (title row with the period
 * and the as-of day, frozen and filtered header, real dates and numbers), columns as wide as their text up
 * to a limit beyond which the text wraps.
 */
@Component
class XlsxWriter {

    static final int MAX_CHARS = 60;

    private final MessageSource messages;

    XlsxWriter(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(OfficialDocument d) {
        try (SheetWriter xlsx = SheetWriter.inMemory(messages)) {
            for (OfficialDocument.Section s : d.sections()) {
                OfficialDocument.Table t = s.table();
                if (t == null) {
                    continue;
                }
                int cols = t.headers().size();
                List<SheetWriter.Column> columns = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    int width = longestLine(t.headers().get(c));
                    for (List<Object> row : t.rows()) {
                        width = Math.max(width, longestLine(c < row.size() ? OfficialDocuments.text(row.get(c)) : ""));
                    }
                    columns.add(new SheetWriter.Column(t.headers().get(c), Math.min(MAX_CHARS, Math.max(8, width))));
                }
                SheetWriter.Table sheet = xlsx.sheet(t.sheetName(), s.heading() == null ? d.heading() : s.heading(),
                        d.period(), d.asOf(), columns);
                for (List<Object> row : t.rows()) {
                    sheet.row(row.stream().map(XlsxWriter::cell).toArray());
                }
            }
            return xlsx.toBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Object cell(Object v) {
        if (v instanceof OfficialDocument.Link link) {
            return new SheetWriter.Link(link.text(), link.url());
        }
        if (v instanceof String s && s.isEmpty()) {
            return null;
        }
        return v;
    }

    private static int longestLine(String s) {
        int max = 0;
        for (String line : s.split("\n")) {
            max = Math.max(max, line.length());
        }
        return max;
    }
}
