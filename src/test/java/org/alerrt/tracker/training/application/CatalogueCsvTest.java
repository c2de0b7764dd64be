package org.alerrt.tracker.training.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alerrt.tracker.training.domain.CompletionRule;
import org.alerrt.tracker.training.domain.CourseDefinition;
import org.alerrt.tracker.training.domain.Delivery;
import org.junit.jupiter.api.Test;

class CatalogueCsvTest {

    private static final String HEADER = String.join(",", CatalogueCsv.COLUMNS) + "\n";

    @Test
    void readsCoursesWithSeveralIris() {
        CatalogueCsv.Parsed p = CatalogueCsv.parse(
                "# comment\n" + HEADER
                        + "3356,\"Fire as a Weapon, online\",online,4,true,COMPLETED,https://a.example/1 https://a.example/2\n");
        assertTrue(p.problems().isEmpty(), p.problems().toString());
        CourseDefinition d = p.courses().get(0);
        assertEquals("Fire as a Weapon, online", d.title());
        assertEquals(Delivery.ONLINE, d.delivery());
        assertEquals(CompletionRule.COMPLETED, d.completionRule());
        assertEquals(List.of("https://a.example/1", "https://a.example/2"), d.activityIris());
    }

    @Test
    void badLinesAreReportedAndSkipped() {
        CatalogueCsv.Parsed p = CatalogueCsv.parse(HEADER
                + "3311,Level I,DIRECT,16,true,PASSED,https://alerrt.org/xapi/courses/3311\n"
                + "33,Bad number,DIRECT,16,true,PASSED,\n"
                + "3312,Update,DIRECT,four,true,PASSED,\n"
                + "3317,Breaching,BY_MAIL,8,true,PASSED,\n"
                + "3318,Low light,DIRECT,8,maybe,PASSED,\n"
                + "3311,Level I again,DIRECT,16,true,PASSED,\n"
                + "3381,Too few fields\n");
        assertEquals(1, p.courses().size());
        assertEquals(
                List.of(
                        "3:tcoleNumber",
                        "4:credit_hours",
                        "5:delivery",
                        "6:counts_toward_mandate",
                        "7:tcole_number",
                        "8:columns"),
                p.problems().stream().map(x -> x.line() + ":" + x.field()).toList());
    }

    @Test
    void wrongHeader() {
        CatalogueCsv.Parsed p = CatalogueCsv.parse("number,title\n3311,Level I\n");
        assertTrue(p.courses().isEmpty());
        assertEquals("header", p.problems().get(0).field());
    }

    @Test
    void theShippedCatalogueIsComplete() throws Exception {
        CatalogueCsv.Parsed p =
                CatalogueCsv.parse(Files.readString(Path.of("lrs-config", "courses.csv"), StandardCharsets.UTF_8));
        assertTrue(p.problems().isEmpty(), p.problems().toString());
        Map<String, CourseDefinition> byNumber =
                p.courses().stream().collect(Collectors.toMap(c -> c.number().value(), Function.identity()));
        assertEquals(23, byNumber.size());
        assertEquals(16, byNumber.get("3311").creditHours());
        assertEquals(40, byNumber.get("3315").creditHours());
        for (String notMandate : List.of("3604", "3364", "3378")) {
            assertTrue(!byNumber.get(notMandate).countsTowardMandate(), notMandate);
        }
        assertEquals(
                20,
                p.courses().stream()
                        .filter(CourseDefinition::countsTowardMandate)
                        .count());
        for (CourseDefinition c : p.courses()) {
            assertEquals(List.of("https://alerrt.org/xapi/courses/" + c.number()), c.activityIris());
        }
    }
}
