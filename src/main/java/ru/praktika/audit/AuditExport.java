package ru.praktika.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.praktika.platform.SheetWriter;
import ru.praktika.platform.SheetWriter.Column;

/** The filtered journal as an XLSX sheet, written by the shared {@link SheetWriter}. */
@Component
class AuditExport {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");
    private static final String[] COLUMNS = {"audit.col.time", "audit.col.who", "audit.col.body", "audit.col.type",
            "audit.col.record", "audit.col.operation", "audit.col.changes"};
    private static final int[] WIDTHS = {19, 30, 26, 30, 10, 12, 80};

    private final MessageSource messages;
    private final Clock clock;

    AuditExport(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    byte[] xlsx(List<AuditRow> rows) {
        List<Column> columns = new java.util.ArrayList<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            columns.add(new Column(message(COLUMNS[i]), WIDTHS[i]));
        }
        try (SheetWriter xlsx = SheetWriter.inMemory(messages)) {
            SheetWriter.Table sheet = xlsx.sheet(message("audit.sheet"), message("audit.title"), null,
                    LocalDate.now(clock), columns);
            for (AuditRow row : rows) {
                sheet.row(row.time(), row.userFullName() != null ? row.userFullName()
                                : (row.username() == null || row.username().equals(AuditRevisionListener.SYSTEM)
                                ? message("audit.system") : row.username()),
                        row.bodyName(), row.typeLabel(), number(row.recordId()), message("audit.operation." + row.operation()),
                        row.changes().stream().map(c -> c.label() + ": " + c.before() + " → " + c.after())
                                .collect(Collectors.joining("\n")));
            }
            return xlsx.toBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A numeric record id is a number in the sheet; a date or code stays text. */
    private static Object number(String id) {
        return id != null && id.matches("\\d{1,15}") ? Long.valueOf(id) : id;
    }

    String fileName() {
        return messages.getMessage("audit.file",
                new Object[] {java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.now(clock))}, RU);
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, RU);
    }
}
