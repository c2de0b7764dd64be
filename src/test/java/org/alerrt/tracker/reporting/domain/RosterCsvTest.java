package org.alerrt.tracker.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterCsvTest {

    static ReportEntry entry(long completionId, String first, String last, String title, LocalDate completedOn) {
        return ReportEntry.queue(completionId, 50, "1234567", first, last, "Austin PD", "3356", title,
                Delivery.ONLINE, completedOn, 4, Instant.EPOCH);
    }

    private static final RosterFormat DEFAULT = RosterFormat.parse(RosterFormat.DEFAULT_COLUMNS,
            RosterFormat.DEFAULT_HEADERS, "c", "h");

    @Test
    void defaultColumnsWithUsDatesAndCrlf() {
        String csv = new String(RosterCsv.write(DEFAULT,
                List.of(entry(51, "Jane", "Doe", "Fire as a Weapon", LocalDate.of(2026, 1, 5)))),
                StandardCharsets.UTF_8);
        assertEquals("PID,Last Name,First Name,Course Number,Course Title,Completion Date,Hours\r\n"
                + "1234567,Doe,Jane,3356,Fire as a Weapon,01/05/2026,4\r\n", csv);
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        assertEquals("\"Doe, Jr.\"", RosterCsv.cell("Doe, Jr."));
        assertEquals("\"The \"\"Breacher\"\"\"", RosterCsv.cell("The \"Breacher\""));
        assertEquals("\"a\nb\"", RosterCsv.cell("a\nb"));
        assertEquals("plain", RosterCsv.cell("plain"));
        assertEquals("", RosterCsv.cell(null));
    }

    @Test
    void neutralisesFormulaInjection() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", RosterCsv.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", RosterCsv.cell("+1"));
        assertEquals("'-2+3", RosterCsv.cell("-2+3"));
        assertEquals("'@SUM(A1)", RosterCsv.cell("@SUM(A1)"));
        assertEquals("\"'=1,2\"", RosterCsv.cell("=1,2"));
        assertEquals("'\tx", RosterCsv.cell("\tx"));
        assertEquals("a=b", RosterCsv.cell("a=b"));
    }

    @Test
    void injectedNameInARosterIsNeutralisedAndQuoted() {
        String csv = new String(RosterCsv.write(DEFAULT,
                List.of(entry(51, "=cmd|' /C calc'!A0", "Doe", "Title, with comma", LocalDate.of(2026, 12, 31)))),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains(",'=cmd|' /C calc'!A0,"), csv);
        assertTrue(csv.contains(",\"Title, with comma\",12/31/2026,"), csv);
    }

    @Test
    void configuredColumnsAndHeaders() {
        RosterFormat format = RosterFormat.parse(" completion_id , pid,hours,agency,delivery ",
                "ID,PID,Hours,Agency,Delivery", "c", "h");
        String csv = new String(RosterCsv.write(format,
                List.of(entry(77, "Jane", "Doe", "T", LocalDate.of(2026, 1, 5)))), StandardCharsets.UTF_8);
        assertEquals("ID,PID,Hours,Agency,Delivery\r\n77,1234567,4,Austin PD,ONLINE\r\n", csv);
    }

    @Test
    void unknownColumnFailsNamingTheKeyAndTheColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RosterFormat.parse(
                "pid,middle_name", "PID,Middle", "tracker.reporting.roster-columns", "h"));
        assertTrue(e.getMessage().contains("tracker.reporting.roster-columns"), e.getMessage());
        assertTrue(e.getMessage().contains("middle_name"), e.getMessage());
    }

    @Test
    void headerCountMustMatchColumnCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RosterFormat.parse(
                "pid,hours", "PID", "c", "tracker.reporting.roster-headers"));
        assertTrue(e.getMessage().contains("tracker.reporting.roster-headers"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RosterFormat.parse(" ", "", "c", "h"));
    }
}
