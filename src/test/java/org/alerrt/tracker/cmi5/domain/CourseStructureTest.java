package org.alerrt.tracker.cmi5.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.alerrt.tracker.cmi5.api.LangString;
import org.alerrt.tracker.cmi5.api.LaunchMethod;
import org.alerrt.tracker.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

class CourseStructureTest {

    private static final LangString T = new LangString(Map.of("en-US", "x"));

    private static AssignableUnit au(String id) {
        return new AssignableUnit(
                id, T, T, List.of(), "a.html", LaunchMethod.AnyWindow, MoveOn.Passed, null, null, null, null);
    }

    private static final CourseStructure COURSE = new CourseStructure(
            "https://c.example.org",
            T,
            T,
            List.of(),
            List.<StructureNode>of(au("https://c.example.org/a"), au("https://c.example.org/b")));

    @Test
    void auByIdOrOneBasedPosition() {
        assertEquals(
                "https://c.example.org/b", COURSE.au("https://c.example.org/b").id());
        assertEquals("https://c.example.org/a", COURSE.au("1").id());
        for (String bad : List.of("0", "3", "https://c.example.org/zz", " ")) {
            assertEquals("au", assertThrows(Refusal.class, () -> COURSE.au(bad)).property(), bad);
        }
    }
}
