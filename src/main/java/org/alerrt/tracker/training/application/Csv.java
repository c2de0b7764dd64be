package org.alerrt.tracker.training.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alerrt.tracker.training.domain.InvalidValueException;

/**
 * A small RFC 4180 reader: comma-separated, fields optionally in double quotes (a quote inside doubled, commas
 * and line breaks allowed inside quotes), CRLF or LF, a leading UTF-8 BOM ignored. Blank lines are skipped, and
 * so are lines starting with '#' when {@code comments} is set.
 */
public final class Csv {

    /** A record and the (1-based) line it starts on, for error messages. */
    public record Row(int line, List<String> fields) {

        /** A header row's column names (trimmed, lower case) and their positions. */
        public Map<String, Integer> columns() {
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                columns.put(fields.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            return columns;
        }

        public String get(int index) {
            return index < fields.size() ? fields.get(index).strip() : "";
        }
    }

    /**
     * A file whose first row is its header: the header and the data rows, or the one problem that stops reading it
     * (not RFC 4180, or no header line) and then no rows.
     */
    public record Table(Row header, List<Row> rows, CsvProblem problem) {}

    private Csv() {}

    public static Table table(String text, boolean comments) {
        List<Row> rows;
        try {
            rows = parse(text, comments);
        } catch (InvalidValueException e) {
            return new Table(null, List.of(), new CsvProblem(0, e.field(), e.reason()));
        }
        if (rows.isEmpty()) {
            return new Table(null, List.of(), new CsvProblem(1, "header", "the file has no header line"));
        }
        return new Table(rows.get(0), rows.subList(1, rows.size()), null);
    }

    public static List<Row> parse(String text, boolean comments) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean atFieldStart = true;
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && atFieldStart) {
                field.setLength(0); // blanks before an opening quote are not data
                quoted = true;
                atFieldStart = false;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                add(rows, rowLine, fields, comments);
                fields = new ArrayList<>();
                field.setLength(0);
                atFieldStart = true;
                line++;
                rowLine = line;
            } else {
                field.append(ch);
                if (!Character.isWhitespace(ch)) {
                    atFieldStart = false;
                }
            }
            i++;
        }
        if (quoted) {
            throw new InvalidValueException("line " + rowLine, "a quoted field is not closed");
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            add(rows, rowLine, fields, comments);
        }
        return rows;
    }

    private static void add(List<Row> rows, int line, List<String> fields, boolean comments) {
        boolean blank = fields.stream().allMatch(String::isBlank);
        boolean comment =
                comments && !fields.isEmpty() && fields.get(0).stripLeading().startsWith("#");
        if (!blank && !comment) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }
}
