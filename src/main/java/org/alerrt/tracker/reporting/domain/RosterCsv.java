package org.alerrt.tracker.reporting.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a roster as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma, quote or
 * line break, quotes doubled), UTF-8 without BOM. Cells that a spreadsheet would run as a formula (leading
 * {@code = + - @}, tab or carriage return; OWASP "CSV injection") get a leading apostrophe, because rosters are
 * opened in spreadsheets before upload and names come from learners.
 */
public final class RosterCsv {

    private RosterCsv() {
    }

    public static byte[] write(RosterFormat format, List<ReportEntry> entries) {
        StringBuilder out = new StringBuilder();
        line(out, format.headers());
        for (ReportEntry entry : entries) {
            line(out, format.columns().stream().map(c -> c.valueOf(entry)).toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** One field, neutralised and quoted as needed. */
    public static String cell(String raw) {
        String value = raw == null ? "" : raw;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
