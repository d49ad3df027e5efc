package ru.praktika.adoption.roadmap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.adoption.implementation.Statuses;
import ru.praktika.adoption.shared.CellText;
import ru.praktika.directory.Directory;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.SheetWriter;
import ru.praktika.platform.files.OfficeArchive;

/**
 * The roadmap as an XLSX sheet, and progress read back from the same sheet: rows are matched by the
 * activity number; only the progress columns (status, actual date, actual result, comment, explanation)
 * are taken — the plan columns are the approved plan and are not changed from a file.
 */
@Service
class RoadmapSpreadsheet {

    static final List<String> HEADER_KEYS = List.of("adoption.activity.number", "adoption.activity.title",
            "adoption.activity.startDate", "adoption.activity.dueDate", "adoption.activity.responsibleBody",
            "adoption.activity.responsiblePerson", "adoption.activity.coExecutors", "adoption.activity.municipality",
            "adoption.activity.expectedResult", "adoption.activity.indicator", "adoption.activity.targetValue",
            "adoption.activity.weight", "adoption.activity.status", "adoption.activity.actualDate",
            "adoption.activity.actualResult", "adoption.activity.comment", "adoption.activity.missExplanation");
    private static final int STATUS = 12;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Locale RU = Locale.forLanguageTag("ru");

    private final Roadmaps roadmaps;
    private final Statuses statuses;
    private final MessageSource messages;
    private final Clock clock;

    RoadmapSpreadsheet(Roadmaps roadmaps, Statuses statuses, MessageSource messages, Clock clock) {
        this.roadmaps = roadmaps;
        this.statuses = statuses;
        this.messages = messages;
        this.clock = clock;
    }

    record Rejected(int line, String reason) {
    }

    record Report(int updated, int unchanged, List<Rejected> rejected) {
    }

    @Transactional(readOnly = true)
    byte[] export(Long roadmapId) {
        Roadmap r = roadmaps.view(roadmapId);
        List<ActivitySnapshot> rows = roadmaps.snapshots(r);
        List<SheetWriter.Column> columns = new ArrayList<>();
        for (int c = 0; c < HEADER_KEYS.size(); c++) {
            columns.add(new SheetWriter.Column(message(HEADER_KEYS.get(c)), c == 1 || c == 8 ? 45 : 16));
        }
        try (SheetWriter xlsx = SheetWriter.inMemory(messages)) {
            SheetWriter.Table sheet = xlsx.sheet(message("adoption.xlsx.sheet"),
                    message("adoption.xlsx.title", roadmaps.practiceTitle(r)), null, LocalDate.now(clock), columns);
            for (ActivitySnapshot a : rows) {
                sheet.row(a.number(), a.title(), a.startDate(), a.dueDate(), a.responsibleBody(),
                        a.responsiblePerson(), a.coExecutors(), a.municipality(), a.expectedResult(), a.indicator(),
                        a.targetValue(), a.weight(), a.status(), a.actualDate(), a.actualResult(), a.comment(),
                        a.missExplanation());
            }
            return xlsx.toBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file name: the practice title, shortened so the name stays readable. */
    @Transactional(readOnly = true)
    String fileName(Long roadmapId) {
        String title = roadmaps.practiceTitle(roadmaps.view(roadmapId));
        if (title.length() > 60) {
            title = title.substring(0, 60).strip() + "…";
        }
        return message("adoption.xlsx.fileName", title);
    }

    /** Progress from a sheet in the export format; one new version for the whole file if anything changed. */
    @Transactional
    Report importProgress(Long roadmapId, byte[] content) {
        Roadmap r = roadmaps.editable(roadmapId, null);
        Map<String, String> statusByName = new HashMap<>();
        statuses.activityCodes().forEach(code -> statusByName.put(statuses.activityName(code).toLowerCase(RU), code));
        Map<String, RoadmapActivity> byNumber = new HashMap<>();
        r.getActivities().forEach(a -> byNumber.put(a.getNumber(), a));
        LocalDate today = LocalDate.now(clock);
        List<Rejected> rejected = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        // Bounded before POI inflates it whole (a zip bomb is refused within milliseconds).
        OfficeArchive.LIMITS.requireWithinLimits(content);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            int headerRow = headerRow(sheet);
            if (headerRow < 0) {
                throw new DomainException("adoption.xlsx.wrongFormat");
            }
            for (int i = headerRow + 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null || text(row.getCell(0)).isBlank()) {
                    continue;
                }
                int line = i + 1;
                RoadmapActivity a = byNumber.get(text(row.getCell(0)));
                if (a == null) {
                    rejected.add(new Rejected(line, message("adoption.xlsx.row.unknownNumber", text(row.getCell(0)))));
                    continue;
                }
                String status = statusByName.get(text(row.getCell(STATUS)).toLowerCase(RU));
                if (status == null) {
                    rejected.add(new Rejected(line, message("adoption.xlsx.row.unknownStatus", text(row.getCell(STATUS)))));
                    continue;
                }
                LocalDate actual;
                try {
                    actual = date(row.getCell(13));
                } catch (DateTimeParseException e) {
                    rejected.add(new Rejected(line, message("adoption.xlsx.row.badDate", text(row.getCell(13)))));
                    continue;
                }
                ActivityProgress p = new ActivityProgress(status, actual, blank(text(row.getCell(14))),
                        blank(text(row.getCell(15))), blank(text(row.getCell(16))));
                if (a.sameProgress(p)) {
                    unchanged++;
                    continue;
                }
                try {
                    a.progress(p, today);
                    updated++;
                } catch (DomainException e) {
                    rejected.add(new Rejected(line, messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), RU)));
                }
            }
        } catch (DomainException e) {
            throw e;
        } catch (Exception e) {
            throw new DomainException("adoption.xlsx.unreadable");
        }
        if (updated > 0) {
            roadmaps.changed(r, "adoption.version.note.spreadsheet", "");
        }
        return new Report(updated, unchanged, rejected);
    }

    /** The header row: the second row of an exported sheet (after its title), the first of an older one. */
    private int headerRow(Sheet sheet) {
        for (int i = 0; i <= Math.min(3, sheet.getLastRowNum()); i++) {
            Row header = sheet.getRow(i);
            if (header != null && message(HEADER_KEYS.get(0)).equals(text(header.getCell(0)))
                    && message(HEADER_KEYS.get(STATUS)).equals(text(header.getCell(STATUS)))) {
                return i;
            }
        }
        return -1;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(Cell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String t = text(cell);
        return t.isBlank() ? null : LocalDate.parse(t.strip(), DATE);
    }

    private static String text(Cell cell) {
        return cell == null ? "" : CellText.of(cell, new DataFormatter(RU)).strip();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, RU);
    }
}
