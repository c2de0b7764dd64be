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
        return ReportEntry.original(
                completionId,
                50,
                new RecordSnapshot(
                        "1234567",
                        first,
                        last,
                        "Austin PD",
                        "3356",
                        title,
                        Delivery.ONLINE,
                        completedOn,
                        null,
                        4,
                        List.of(),
                        ""),
                1,
                Instant.EPOCH);
    }

    private static final RosterFormat DEFAULT =
            RosterFormat.parse(RosterFormat.DEFAULT_COLUMNS, RosterFormat.DEFAULT_HEADERS, "c", "h");

    @Test
    void defaultColumnsWithUsDatesAndCrlf() {
        String csv = new String(
                RosterCsv.write(
                        DEFAULT, List.of(entry(51, "Jane", "Doe", "Fire as a Weapon", LocalDate.of(2026, 1, 5)))),
                StandardCharsets.UTF_8);
        assertEquals(
                "PID,Last Name,First Name,Course Number,Course Title,Completion Date,Hours,Notes\r\n"
                        + "1234567,Doe,Jane,3356,Fire as a Weapon,01/05/2026,4,\r\n",
                csv);
    }

    @Test
    void injectedNameInARosterIsNeutralisedAndQuoted() {
        String csv = new String(
                RosterCsv.write(
                        DEFAULT,
                        List.of(entry(
                                51, "=cmd|' /C calc'!A0", "Doe", "Title, with comma", LocalDate.of(2026, 12, 31)))),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains(",'=cmd|' /C calc'!A0,"), csv);
        assertTrue(csv.contains(",\"Title, with comma\",12/31/2026,"), csv);
    }

    @Test
    void aCorrectionSaysWhatItIsInTheNotesAndTheEntryType() {
        ReportEntry reported = entry(51, "Jane", "Doe", "T", LocalDate.of(2026, 1, 5));
        ReportEntry exported = new ReportEntry(
                9L,
                51,
                50,
                EntryKind.ORIGINAL,
                reported.record(),
                1,
                EntryStatus.SUBMITTED,
                12L,
                null,
                reported.dueFrom(),
                "",
                null,
                Instant.EPOCH,
                null,
                "credit:51");
        RecordSnapshot fixed = new RecordSnapshot(
                "7654321",
                "Jane",
                "Doe",
                "Austin PD",
                "3356",
                "T",
                Delivery.DIRECT,
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 3),
                4,
                List.of("1111111", "2222222"),
                "");
        ReportEntry amend = ReportEntry.correction(
                exported,
                EntryKind.AMEND,
                fixed,
                2,
                "AMEND record of roster 12: " + String.join("; ", fixed.changesSince(exported.record())),
                LocalDate.of(2026, 2, 1),
                Instant.EPOCH,
                "amend:51:2");
        RosterFormat format = RosterFormat.parse(
                "pid,entry_type,start_date,instructors,notes", "PID,Type,Start,Instructors,Notes", "c", "h");
        String csv = new String(RosterCsv.write(format, List.of(amend)), StandardCharsets.UTF_8);
        assertEquals(
                "PID,Type,Start,Instructors,Notes\r\n7654321,AMEND,01/03/2026,1111111 2222222,"
                        + "AMEND record of roster 12: PID 1234567 → 7654321; delivery ONLINE → DIRECT; instructors  → "
                        + "1111111 2222222; start date none → 2026-01-03\r\n",
                csv);
        assertEquals(LocalDate.of(2026, 2, 1), amend.dueFrom(), "a correction's 30 days start when it is queued");
    }

    @Test
    void configuredColumnsAndHeaders() {
        RosterFormat format = RosterFormat.parse(
                " completion_id , pid,hours,agency,delivery ", "ID,PID,Hours,Agency,Delivery", "c", "h");
        String csv = new String(
                RosterCsv.write(format, List.of(entry(77, "Jane", "Doe", "T", LocalDate.of(2026, 1, 5)))),
                StandardCharsets.UTF_8);
        assertEquals("ID,PID,Hours,Agency,Delivery\r\n77,1234567,4,Austin PD,ONLINE\r\n", csv);
    }

    @Test
    void unknownColumnFailsNamingTheKeyAndTheColumn() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> RosterFormat.parse("pid,middle_name", "PID,Middle", "tracker.reporting.roster-columns", "h"));
        assertTrue(e.getMessage().contains("tracker.reporting.roster-columns"), e.getMessage());
        assertTrue(e.getMessage().contains("middle_name"), e.getMessage());
    }

    @Test
    void headerCountMustMatchColumnCount() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> RosterFormat.parse("pid,hours", "PID", "c", "tracker.reporting.roster-headers"));
        assertTrue(e.getMessage().contains("tracker.reporting.roster-headers"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RosterFormat.parse(" ", "", "c", "h"));
    }
}
