package org.alerrt.tracker.cmi5.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.LangString;
import org.alerrt.tracker.cmi5.api.LaunchMethod;
import org.alerrt.tracker.cmi5.api.PackageKind;
import org.alerrt.tracker.cmi5.api.PackagePath;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.Block;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.MoveOn;
import org.alerrt.tracker.cmi5.domain.Objective;
import org.alerrt.tracker.cmi5.domain.StructureNode;
import org.junit.jupiter.api.Test;

/** The structure rules one by one, on structures built in code (cmi5 §13.1, §14.1, §14.2). */
class StructureRulesTest {

    private static final LangString T = new LangString(Map.of("en-US", "t"));
    private static final String C = "https://example.org/c";

    private static AssignableUnit au(String id, String url, List<String> refs, BigDecimal mastery, String type) {
        return new AssignableUnit(
                id, T, T, refs, url, LaunchMethod.AnyWindow, MoveOn.Passed, mastery, null, null, type);
    }

    private static AssignableUnit au(String id, String url) {
        return au(id, url, List.of(), null, null);
    }

    private static CourseStructure course(List<Objective> objectives, StructureNode... nodes) {
        return new CourseStructure(C, T, T, objectives, List.of(nodes));
    }

    private static List<ImportProblem> check(
            StructureRule rule, CourseStructure s, PackageKind kind, Set<String> files) {
        List<ImportProblem> out = new ArrayList<>();
        rule.check(s, kind, files, out);
        return out;
    }

    @Test
    void section13_1_4_idsAreUniqueAcrossCourseBlocksAndAus() {
        CourseStructure s = course(
                List.of(),
                new Block(C + "/x", T, T, List.of(), List.of(au(C + "/x", "https://a"), au(C, "https://b"))),
                au(C + "/y", "https://c"),
                au(C + "/y", "https://d"));
        List<ImportProblem> p = check(new UniqueIdsRule(), s, PackageKind.XML, Set.of());
        assertEquals(3, p.size(), p.toString()); // AU = block id, AU = course id, two AUs
    }

    @Test
    void section13_1_3_objectiveIdsUniqueAndReferencesDeclared() {
        List<Objective> objectives = List.of(new Objective(C + "/o1", T, T), new Objective(C + "/o1", T, T));
        CourseStructure s = course(objectives, au(C + "/a", "https://a", List.of(C + "/o1", C + "/o2"), null, null));
        assertEquals(1, check(new UniqueIdsRule(), s, PackageKind.XML, Set.of()).size());
        List<ImportProblem> refs = check(new ObjectiveReferencesRule(), s, PackageKind.XML, Set.of());
        assertEquals(1, refs.size());
        assertTrue(refs.get(0).message().contains("/o2"));
    }

    @Test
    void section13_1_idsAndActivityTypeMustBeAbsoluteIris() {
        CourseStructure s = new CourseStructure(
                "course-1",
                T,
                T,
                List.of(new Objective("o 1", T, T)),
                List.of(
                        au("au1", "https://a", List.of(), null, "lesson"),
                        au(C + "/ok", "https://a", List.of(), null, "http://adlnet.gov/expapi/activities/lesson")));
        assertEquals(
                4, check(new IdsAreIrisRule(), s, PackageKind.XML, Set.of()).size());
    }

    @Test
    void section14_urlRulesForZipAndStandaloneXml() {
        CourseStructure s = course(
                List.of(),
                au(C + "/1", "https://cdn.example.org/a"),
                au(C + "/2", "a/b.html?x=1#f"),
                au(C + "/3", "a/missing.html"),
                au(C + "/4", "a/../../b.html"),
                au(C + "/5", "a b.html"),
                au(C + "/6", "a/%62.html"));
        List<ImportProblem> zip = check(new AuUrlRule(), s, PackageKind.ZIP, Set.of("a/b.html"));
        // missing file, escaping path, invalid URL (space); %62 decodes to "b": a/b.html exists
        assertEquals(3, zip.size(), zip.toString());
        List<ImportProblem> xml = check(new AuUrlRule(), s, PackageKind.XML, Set.of());
        assertEquals(5, xml.size(), xml.toString()); // all but the absolute one
        assertTrue(xml.stream().filter(p -> p.rule().contains("§14.2")).count() == 4);
    }

    @Test
    void section8_1_onlyHttpAndHttpsUrlsAreLaunchedInTheBrowser() {
        List<String> hostile = List.of(
                "javascript:alert(document.cookie)",
                "JavaScript:fetch('/api')",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "vbscript:msgbox",
                "file:///etc/passwd",
                "blob:https://example.org/x",
                "ftp://example.org/au.html");
        for (PackageKind kind : PackageKind.values()) {
            for (String url : hostile) {
                List<ImportProblem> p =
                        check(new AuUrlRule(), course(List.of(), au(C + "/1", url)), kind, Set.of("a/b.html"));
                assertEquals(1, p.size(), url + ": " + p);
                assertEquals(AuUrlRule.SCHEME, p.get(0).rule(), p.toString());
                assertTrue(p.get(0).location().contains(C + "/1"), p.toString());
                assertTrue(p.get(0).message().contains("url '"), p.toString());
            }
            for (String url : List.of("https://cdn.example.org/a", "HTTP://cdn.example.org/a")) {
                assertEquals(
                        List.of(), check(new AuUrlRule(), course(List.of(), au(C + "/1", url)), kind, Set.of()), url);
            }
        }
    }

    @Test
    void section8_1_auUrlQueryNamesMustNotCollideWithLaunchParameters() {
        CourseStructure s = course(
                List.of(),
                au(C + "/1", "https://cdn.example.org/a?endpoint=x&lang=en"),
                au(C + "/2", "a/b.html?fetch=1&actor=2&registration&activity%49d=4"),
                au(C + "/3", "a/b.html?Endpoint=x&activityid=y&mode=1"),
                au(C + "/4", "a/b.html?x=endpoint"));
        List<ImportProblem> problems = check(new AuUrlRule(), s, PackageKind.ZIP, Set.of("a/b.html"));
        assertEquals(2, problems.size(), problems.toString()); // names are exact: Endpoint, activityid are the AU's
        assertTrue(problems.stream().allMatch(p -> p.rule().equals(AuUrlRule.QUERY_NAMES)), problems.toString());
        assertTrue(problems.get(0).message().contains("launch parameter endpoint"), problems.toString());
        assertTrue(problems.get(1).message().contains("fetch, actor, registration, activityId"), problems.toString());
        assertTrue(problems.get(1).location().contains(C + "/2"), problems.toString());
    }

    @Test
    void section13_1_4_masteryScorePrecision() {
        CourseStructure s = course(
                List.of(),
                au(C + "/1", "https://a", List.of(), new BigDecimal("0.12340"), null),
                au(C + "/2", "https://a", List.of(), new BigDecimal("0.12345"), null));
        assertEquals(
                1,
                check(new MasteryScorePrecisionRule(), s, PackageKind.XML, Set.of())
                        .size());
    }

    @Test
    void packagePathsThatCouldEscapeAreRefused() {
        for (String bad : List.of(
                "",
                "/etc/passwd",
                "../x",
                "a/../../x",
                "a/./b",
                "a//b",
                "a\\b",
                "c:/x",
                "a/",
                "a\u0000b",
                "x".repeat(PackagePath.MAX_LENGTH + 1))) {
            assertTrue(PackagePath.safe(bad).isEmpty(), bad);
        }
        for (String good : List.of("index.html", "a/b/c.js", "media/film 1.mp4", "..hidden/x", "a/b..c")) {
            assertEquals(good, PackagePath.safe(good).orElseThrow());
        }
    }
}
