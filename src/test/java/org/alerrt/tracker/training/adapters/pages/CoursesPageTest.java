package org.alerrt.tracker.training.adapters.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoursesPageTest {

    @Test
    void oneActivityIriPerLineBlankLinesIgnored() {
        assertEquals(
                List.of("https://a.example/1", "https://a.example/2"),
                CoursesPage.lines(" https://a.example/1 \r\n\n https://a.example/2\n"));
        assertEquals(List.of(), CoursesPage.lines(null));
    }
}
