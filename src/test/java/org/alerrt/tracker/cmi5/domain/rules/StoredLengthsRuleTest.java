package org.alerrt.tracker.cmi5.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.LangString;
import org.alerrt.tracker.cmi5.api.LaunchMethod;
import org.alerrt.tracker.cmi5.api.PackageKind;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.Block;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.MoveOn;
import org.junit.jupiter.api.Test;

/** Ids, urls and types of an imported course fit the columns they are kept in: at the limit fine, one more refused. */
class StoredLengthsRuleTest {

    private static final LangString T = new LangString(Map.of("en-US", "t"));
    private static final String C = "https://example.org/";

    private static String iri(int length) {
        return C + "x".repeat(length - C.length());
    }

    private static AssignableUnit au(String id, String url, String type) {
        return new AssignableUnit(
                id, T, T, List.of(), url, LaunchMethod.AnyWindow, MoveOn.Passed, null, null, null, type);
    }

    private static List<ImportProblem> check(CourseStructure s) {
        List<ImportProblem> out = new ArrayList<>();
        new StoredLengthsRule().check(s, PackageKind.XML, Set.of(), out);
        return out;
    }

    @Test
    void idsUrlsAndTypesAtTheirLimitsPass() {
        CourseStructure s = new CourseStructure(
                iri(2000),
                T,
                T,
                List.of(),
                List.of(new Block(iri(1999), T, T, List.of(), List.of(au(iri(1998), iri(4000), iri(2000))))));
        assertEquals(List.of(), check(s));
    }

    @Test
    void oneCharacterMoreIsAProblemNamingTheElement() {
        CourseStructure s = new CourseStructure(
                iri(2001),
                T,
                T,
                List.of(),
                List.of(new Block(iri(2001) + "b", T, T, List.of(), List.of(au(iri(1998), iri(4001), iri(2001))))));
        List<ImportProblem> p = check(s);
        assertEquals(4, p.size(), p.toString()); // course id, block id, AU url, AU activityType
        assertEquals("course", p.get(0).location());
        assertTrue(
                p.get(2).message().startsWith("url is longer than 4000"),
                p.get(2).message());
    }

    @Test
    void anIdBeyondTheLrsIndexInUtf8IsAProblem() {
        String wide = C + "界".repeat(900); // 921 characters, 2721 bytes of UTF-8
        assertEquals(
                1,
                check(new CourseStructure(wide, T, T, List.of(), List.of(au(iri(100), "https://a", null))))
                        .size());
    }
}
