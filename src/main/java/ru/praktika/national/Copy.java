package ru.praktika.national;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows of one table collected in PostgreSQL's COPY text format and sent in one {@code COPY … FROM STDIN}:
 * tens of thousands of rows a second, where an entity at a time would take minutes. Uses the connection
 * of the running transaction, so everything commits (or not) together.
 */
final class Copy {

    private final String table;
    private final String columns;
    private final List<Object[]> rows = new ArrayList<>();
    private StringBuilder text;

    Copy(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    /** One row, values in the order of the columns; null becomes SQL null. */
    Copy row(Object... values) {
        rows.add(values);
        return this;
    }

    int rows() {
        return rows.size();
    }

    /** Kept as values until sent: revision numbers are only known once all revisions are made. */
    private String text() {
        text = new StringBuilder(rows.size() * 64);
        for (Object[] values : rows) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                append(values[i]);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private void append(Object v) {
        if (v == null) {
            text.append("\\N");
        } else if (v instanceof Revisions.Rev rev) {
            text.append(rev.number());
        } else if (v instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (v instanceof byte[] bytes) {
            text.append("\\\\x").append(HexFormat.of().formatHex(bytes));
        } else if (v instanceof Instant at) {
            text.append(OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        } else if (v instanceof LocalDate || v instanceof Number) {
            text.append(v);
        } else {
            String s = v.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
    }

    /** Sends the rows; returns how many went. */
    int send(DataSource dataSource) {
        if (rows.isEmpty()) {
            return 0;
        }
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = con.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy " + table + " (" + columns + ") from stdin", new StringReader(text()));
            int sent = rows.size();
            rows.clear();
            text = null;
            return sent;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY into " + table + " failed", e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }
}
