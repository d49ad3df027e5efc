package ru.praktika.practices.card;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.praktika.platform.SheetWriter;
import ru.praktika.platform.SheetWriter.Column;
import ru.praktika.platform.security.CurrentUser;

/** The filtered practices list as an .xlsx file: exactly the rows the list shows, across all its pages. */
@Component
class PracticeExport {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");
    private static final String[] COLUMNS = {"title", "category", "body", "municipality", "status", "periodStart",
            "submittedOn", "smartekaNumber", "publishedOn", "smartekaUrl"};
    private static final int[] WIDTHS = {60, 28, 26, 26, 20, 12, 12, 16, 12, 40};

    private final PracticeSearch search;
    private final MessageSource messages;

    PracticeExport(PracticeSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    void write(PracticeFilter filter, CurrentUser user, LocalDate today, OutputStream out) throws IOException {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            columns.add(new Column(text("practices.export.col." + COLUMNS[i]), WIDTHS[i]));
        }
        try (SheetWriter xlsx = SheetWriter.streaming(messages)) {
            SheetWriter.Table sheet = xlsx.sheet(text("practices.export.sheet"), text("practices.export.title"), null,
                    today, columns);
            search.forEach(filter, user, r -> sheet.row(r.title(), r.categoryName(), r.bodyName(), r.municipalityName(),
                    r.statusName(), r.periodStart(), r.submittedOn(), r.smartekaNumber(), r.publishedOn(), r.smartekaUrl()));
            xlsx.write(out);
        }
    }

    String fileName(LocalDate today) {
        return messages.getMessage("practices.export.file",
                new Object[] {java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(today)}, RU);
    }

    private String text(String key) {
        return messages.getMessage(key, null, RU);
    }
}
