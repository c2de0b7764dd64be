package org.alerrt.tracker.training.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassCsvTest {

    private static final String HEADER =
            "reference,tcole_number,delivery,instructor_pids,block_days,hours," + "module_description,pid,outcome\n";

    @Test
    void linesWithOneReferenceAreOneClassWithItsAttendees() {
        ClassCsv.Parsed p = ClassCsv.parse(HEADER
                + "R1,3311,INDIRECT,7654321;1112223,2026-09-14 2026-10-12,,,1234567,PASSED\n"
                + "R1,3311,INDIRECT,7654321;1112223,2026-09-14 2026-10-12,,,2345678,FAILED\n"
                + "R2,3312,,,2026-10-05,4,\"Breaching, refresher\",1234567,PASSED\n");
        assertTrue(p.problems().isEmpty(), p.problems().toString());
        assertEquals(2, p.classes().size());
        ClassRecord r1 = p.classes().get(0);
        assertEquals(List.of("7654321", "1112223"), r1.instructorPids());
        assertEquals(List.of("2026-09-14", "2026-10-12"), r1.blockDays());
        assertEquals(2, r1.attendees().size());
        assertEquals(3, r1.attendees().get(1).line());
        assertNull(r1.hours());
        ClassRecord r2 = p.classes().get(1);
        assertNull(r2.delivery(), "blank delivery: the course's");
        assertEquals(4, r2.hours());
        assertEquals("Breaching, refresher", r2.moduleDescription());
    }

    @Test
    void aClassWhoseLinesDisagreeIsAProblemOnTheLineThatDiffers() {
        ClassCsv.Parsed p = ClassCsv.parse(HEADER
                + "R1,3311,INDIRECT,,2026-09-14,,,1234567,PASSED\n"
                + "R1,3311,DIRECT,,2026-09-14,,,2345678,PASSED\n");
        assertEquals(1, p.problems().size());
        assertEquals(3, p.problems().get(0).line());
        assertEquals("delivery", p.problems().get(0).field());
    }

    @Test
    void aWrongHeaderOrBadHoursOrMissingReferenceAreNamed() {
        assertEquals(
                "header",
                ClassCsv.parse("pid,outcome\n1,PASSED\n").problems().get(0).field());
        assertEquals("header", ClassCsv.parse("").problems().get(0).field());
        assertEquals(
                "hours",
                ClassCsv.parse(HEADER + "R1,3312,,,2026-10-05,four,,1234567,PASSED\n")
                        .problems()
                        .get(0)
                        .field());
        assertEquals(
                "reference",
                ClassCsv.parse(HEADER + ",3312,,,2026-10-05,4,,1234567,PASSED\n")
                        .problems()
                        .get(0)
                        .field());
        assertEquals("pid", ClassCsv.parse(HEADER).problems().get(0).field(), "no attendee");
    }
}
