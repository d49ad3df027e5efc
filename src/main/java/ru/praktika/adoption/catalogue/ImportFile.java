package ru.praktika.adoption.catalogue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.praktika.adoption.shared.CellText;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.files.OfficeArchive;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a catalogue file (CSV, XLSX or JSON, see docs/adoption.md) into rows of column → text, each with
 * the line it came from. Column names are matched without regard to case; Russian headers are accepted too.
 */
final class ImportFile {

    static final List<String> COLUMNS = List.of("smarteka_url", "title", "region", "category", "summary", "algorithm",
            "results", "owner_contacts", "tags", "recommended", "recommended_year");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("ссылка", "smarteka_url"), Map.entry("ссылка на смартеке", "smarteka_url"),
            Map.entry("название", "title"), Map.entry("регион", "region"), Map.entry("субъект рф", "region"),
            Map.entry("категория", "category"), Map.entry("описание", "summary"), Map.entry("алгоритм", "algorithm"),
            Map.entry("результаты", "results"), Map.entry("контакты", "owner_contacts"), Map.entry("теги", "tags"),
            Map.entry("рекомендована", "recommended"), Map.entry("год рекомендации", "recommended_year"));
    // Objects are read one by one from the array, so "trailing" tokens are the next objects, not an error.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    record RawRow(int line, Map<String, String> values) {

        String get(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    private ImportFile() {
    }

    static List<RawRow> read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw new DomainException("adoption.import.empty");
        }
        try {
            if (name.endsWith(".csv")) {
                return csv(new String(content, StandardCharsets.UTF_8));
            }
            if (name.endsWith(".xlsx")) {
                return xlsx(content);
            }
            if (name.endsWith(".json")) {
                return json(content);
            }
        } catch (DomainException e) {
            throw e;
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(ImportFile.class).debug("Unreadable import file {}", fileName, e);
            throw new DomainException("adoption.import.unreadable");
        }
        throw new DomainException("adoption.import.unknownFormat");
    }

    static String column(String header) {
        String h = header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').strip();
        return ALIASES.getOrDefault(h, h);
    }

    private static List<String> headers(List<String> raw) {
        List<String> headers = raw.stream().map(ImportFile::column).toList();
        if (!headers.contains("smarteka_url") || !headers.contains("title")) {
            throw new DomainException("adoption.import.noHeader");
        }
        return headers;
    }

    // CSV, RFC 4180: quoted fields may hold the delimiter, quotes ("") and line breaks. The delimiter is
    // ";" (what Russian Excel writes) or "," — whichever the header line uses.
    static List<RawRow> csv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstBreak = text.indexOf('\n');
        String firstLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char delimiter = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
        List<RawRow> rows = new ArrayList<>();
        List<String> headers = null;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            char c = end ? '\n' : text.charAt(i);
            if (quoted && !end) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(stripCr(field.toString()));
                field.setLength(0);
                boolean blank = fields.stream().allMatch(String::isBlank);
                if (headers == null) {
                    headers = headers(fields);
                } else if (!blank && !(end && fields.size() == 1)) {
                    rows.add(new RawRow(recordLine, zip(headers, fields)));
                }
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (headers == null) {
            throw new DomainException("adoption.import.noHeader");
        }
        return rows;
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }

    private static Map<String, String> zip(List<String> headers, List<String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < headers.size() && i < fields.size(); i++) {
            values.put(headers.get(i), fields.get(i));
        }
        return values;
    }

    static List<RawRow> xlsx(byte[] content) throws Exception {
        // Bounded before POI inflates it whole (a zip bomb is refused within milliseconds).
        OfficeArchive.LIMITS.requireWithinLimits(content);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(new Locale("ru"));
            List<RawRow> rows = new ArrayList<>();
            List<String> headers = null;
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(CellText.of(row.getCell(c), formatter));
                }
                if (headers == null) {
                    headers = headers(cells);
                } else if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    rows.add(new RawRow(row.getRowNum() + 1, zip(headers, cells)));
                }
            }
            if (headers == null) {
                throw new DomainException("adoption.import.noHeader");
            }
            return rows;
        }
    }

    /** A JSON array of objects (or {"practices": [...]}); the line is where the object starts in the file. */
    static List<RawRow> json(byte[] content) {
        List<RawRow> rows = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(content)) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT) {
                while ((token = parser.nextToken()) != null && token != JsonToken.START_ARRAY) {
                    if (token == JsonToken.END_OBJECT) {
                        throw new DomainException("adoption.import.noHeader");
                    }
                }
            }
            if (token != JsonToken.START_ARRAY) {
                throw new DomainException("adoption.import.jsonArray");
            }
            while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = JSON.readTree(parser);
                Map<String, String> values = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    values.put(column(e.getKey()), jsonText(e.getKey(), e.getValue()));
                }
                rows.add(new RawRow(line, values));
            }
        }
        return rows;
    }

    private static String jsonText(String key, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.asString()));
            return String.join(column(key).equals("tags") ? ", " : "\n", parts);
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "да" : "нет";
        }
        return value.asString();
    }
}
