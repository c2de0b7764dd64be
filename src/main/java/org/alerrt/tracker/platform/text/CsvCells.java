package org.alerrt.tracker.platform.text;

import java.util.List;

/**
 * CSV output as spreadsheets read it (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled). Cells a spreadsheet would run as a formula (leading {@code = + - @},
 * tab or carriage return; OWASP "CSV injection") get a leading apostrophe: names and agencies come from learners.
 */
public final class CsvCells {

    private CsvCells() {}

    public static void line(StringBuilder out, List<String> cells) {
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
        if (value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
