package org.alerrt.tracker.reporting.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alerrt.tracker.platform.text.CsvCells;

/**
 * Writes a roster as CSV (RFC 4180, UTF-8 without BOM, cells neutralised against spreadsheet formulas by
 * {@link CsvCells}: rosters are opened in spreadsheets before upload and names come from learners).
 */
public final class RosterCsv {

    private RosterCsv() {}

    public static byte[] write(RosterFormat format, List<ReportEntry> entries) {
        StringBuilder out = new StringBuilder();
        CsvCells.line(out, format.headers());
        for (ReportEntry entry : entries) {
            CsvCells.line(
                    out, format.columns().stream().map(c -> c.valueOf(entry)).toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
