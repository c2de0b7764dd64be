package org.alerrt.tracker.reporting.domain;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alerrt.tracker.platform.text.CsvCells;

/**
 * Writes a roster as CSV (RFC 4180, UTF-8 without BOM, cells neutralised against spreadsheet formulas by
 * {@link CsvCells}: rosters are opened in spreadsheets before upload and names come from learners). Line by line
 * onto a stream, so a roster of any size is written in constant memory.
 */
public final class RosterCsv implements AutoCloseable {

    private final RosterFormat format;
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(256);

    /** Starts a roster on {@code out} with the header line; {@link #close} flushes, leaving {@code out} open. */
    public RosterCsv(RosterFormat format, OutputStream out) {
        this.format = format;
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        write(format.headers());
    }

    public static byte[] write(RosterFormat format, List<ReportEntry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RosterCsv csv = new RosterCsv(format, bytes)) {
            entries.forEach(csv::add);
        }
        return bytes.toByteArray();
    }

    public void add(ReportEntry entry) {
        write(format.columns().stream().map(c -> c.valueOf(entry)).toList());
    }

    private void write(List<String> cells) {
        line.setLength(0);
        CsvCells.line(line, cells);
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the roster CSV", e);
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the roster CSV", e);
        }
    }
}
