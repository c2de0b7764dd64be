package org.alerrt.tracker.tincan.adapters.packaging;

import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.entries;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.file;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.PackageLimits;
import org.alerrt.tracker.tincan.application.TinCanPackage;
import org.alerrt.tracker.tincan.domain.TinCanActivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading Tin Can packages: a zip with tincan.xml at its root, parsed without network or DTDs, and every
 * structural rule (one test per rejection reason), all problems reported at once.
 */
class TinCanPackageReaderTest {

    private static final String C = "https://example.org/tincan/c1";
    private static final String LAUNCH_RULE = "Tin Can tincan.xml launch: absolute URL or a file of the zip";
    private static final String IDS_RULE = "Tin Can tincan.xml activity id/type (xAPI Data §2.4.4.1: IRI)";

    @TempDir
    Path dir;

    static String tincan(String activities) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <tincan xmlns="http://projecttincan.com/tincan.xsd"><activities>%s</activities></tincan>""".formatted(activities);
    }

    static String activity(String id, String type, String launch) {
        return "<activity" + (id == null ? "" : " id=\"" + id + "\"") + (type == null ? "" : " type=\"" + type + "\"")
                + "><name>N " + id + "</name><description lang=\"en-US\">D</description>"
                + (launch == null ? "" : "<launch lang=\"und\">" + launch + "</launch>") + "</activity>";
    }

    static String course(String launch) {
        return activity(C, "http://adlnet.gov/expapi/activities/course", launch);
    }

    private TinCanPackage read(Map<String, byte[]> entries) throws IOException {
        return reader().read(file(dir, "p.zip", zip(entries)));
    }

    private static TinCanPackageReader reader() {
        return new TinCanPackageReader(new PackageLimits(100_000_000, 100_000, 10_000_000));
    }

    private static String messages(TinCanPackage p) {
        return p.problems().stream().map(ImportProblem::toString).reduce("", (a, b) -> a + "\n" + b);
    }

    private static boolean has(TinCanPackage p, String rule, String text) {
        return p.problems().stream()
                .anyMatch(x -> x.rule().equals(rule) && x.message().contains(text));
    }

    private static byte[] resource(String name) {
        try (InputStream in = TinCanPackageReaderTest.class.getResourceAsStream("/tincan/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aRusticiStylePackageIsReadWithItsLaunchableCourseActivity() throws IOException {
        TinCanPackage p = read(entries("tincan.xml", resource("tincan.xml"), "index.html", "<p>golf</p>"));
        assertEquals(List.of(), p.problems(), messages(p));
        assertEquals(3, p.structure().activities().size());
        TinCanActivity course = p.structure().launched().orElseThrow();
        assertEquals("https://it.example.org/tincan/golf", course.id());
        assertEquals("http://adlnet.gov/expapi/activities/course", course.type());
        assertEquals("index.html", course.launch());
        assertEquals("en-us", course.launchLang());
        assertEquals(Map.of("", "Golf Example"), course.name().values());
        assertEquals(
                Map.of("en-US", "An example Tin Can course."),
                course.description().values());
        assertFalse(p.structure().activities().get(1).launchable());
        assertEquals(List.of("tincan.xml", "index.html"), List.copyOf(p.files().paths()));
    }

    @Test
    void theFirstActivityWithALaunchIsTheOneLaunched() throws IOException {
        TinCanPackage p = read(entries(
                "tincan.xml",
                tincan(activity(C + "/objective", null, null)
                        + course("a.html")
                        + activity(C + "/other", null, "b.html")),
                "a.html",
                "a",
                "b.html",
                "b"));
        assertEquals(List.of(), p.problems(), messages(p));
        assertEquals(C, p.structure().launched().orElseThrow().id());
    }

    @Test
    void withoutTheNamespaceTheElementsAreStillRead() throws IOException {
        String xml = "<tincan><activities>" + course("index.html") + "</activities></tincan>";
        TinCanPackage p = read(entries("tincan.xml", xml, "index.html", "x"));
        assertEquals(List.of(), p.problems(), messages(p));
        assertEquals(C, p.structure().launched().orElseThrow().id());
    }

    @Test
    void anAbsoluteHttpsLaunchNeedsNoFileInTheZip() throws IOException {
        TinCanPackage p = read(entries("tincan.xml", tincan(course("https://content.example.org/c1/index.html?x=1"))));
        assertEquals(List.of(), p.problems(), messages(p));
        assertTrue(p.structure().launched().orElseThrow().hasAbsoluteLaunch());
    }

    @Test
    void aRelativeLaunchKeepsItsQueryAndMustNameAFileOfTheZip() throws IOException {
        TinCanPackage ok =
                read(entries("tincan.xml", tincan(course("story/index.html?lang=en#top")), "story/index.html", "x"));
        assertEquals(List.of(), ok.problems(), messages(ok));
        TinCanPackage missing = read(entries("tincan.xml", tincan(course("story/missing.html"))));
        assertTrue(has(missing, LAUNCH_RULE, "which is not in the zip"), messages(missing));
    }

    @Test
    void detection_tincanXmlAloneIsTinCan_bothManifestsAreCmi5_anythingElseIsNot() throws IOException {
        assertTrue(TinCanPackageReader.isTinCan(file(dir, "a.zip", zip(entries("tincan.xml", "x")))));
        assertFalse(TinCanPackageReader.isTinCan(file(dir, "b.zip", zip(entries("tincan.xml", "x", "cmi5.xml", "y")))));
        assertFalse(TinCanPackageReader.isTinCan(file(dir, "c.zip", zip(entries("cmi5.xml", "y")))));
        assertFalse(TinCanPackageReader.isTinCan(file(dir, "d.zip", zip(entries("sub/tincan.xml", "x")))));
        assertFalse(TinCanPackageReader.isTinCan(file(dir, "e.xml", "<tincan/>".getBytes(StandardCharsets.UTF_8))));
        assertFalse(TinCanPackageReader.isTinCan(file(dir, "f.zip", "PK not really".getBytes(StandardCharsets.UTF_8))));
    }

    // --- rejection reasons, one each

    @Test
    void rejected_notWellFormed() throws IOException {
        TinCanPackage p = read(entries("tincan.xml", "<tincan><activities>"));
        assertNull(p.structure());
        assertTrue(has(p, "XML 1.0", "not well-formed"), messages(p));
    }

    @Test
    void rejected_aDoctypeIsNeverProcessed_noExternalEntities() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE tincan [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<tincan xmlns=\"http://projecttincan.com/tincan.xsd\"><activities><activity id=\"" + C + "\">"
                + "<name>&x;</name><launch>index.html</launch></activity></activities></tincan>";
        TinCanPackage p = read(entries("tincan.xml", xxe, "index.html", "x"));
        assertNull(p.structure());
        assertTrue(has(p, "XML 1.0", "DOCTYPE"), messages(p));
    }

    @Test
    void rejected_wrongRootElement() throws IOException {
        TinCanPackage p = read(entries("tincan.xml", "<courseStructure/>"));
        assertTrue(has(p, TinCanXml.RULE, "root element must be <tincan>"), messages(p));
    }

    @Test
    void rejected_rootInAnotherNamespace() throws IOException {
        TinCanPackage p = read(entries("tincan.xml", "<tincan xmlns=\"urn:other\"><activities/></tincan>"));
        assertTrue(has(p, TinCanXml.RULE, "root element must be <tincan>"), messages(p));
    }

    @Test
    void rejected_noActivitiesElement() throws IOException {
        TinCanPackage p = read(entries("tincan.xml", "<tincan xmlns=\"http://projecttincan.com/tincan.xsd\"/>"));
        assertTrue(has(p, TinCanXml.RULE, "no <activities>"), messages(p));
    }

    @Test
    void rejected_noActivityAtAll() throws IOException {
        TinCanPackage p = read(entries("tincan.xml", tincan("")));
        assertTrue(has(p, "Tin Can tincan.xml: a launchable activity", "no <activity>"), messages(p));
    }

    @Test
    void rejected_noActivityWithALaunch() throws IOException {
        TinCanPackage p = read(entries("tincan.xml", tincan(course(null))));
        assertTrue(has(p, "Tin Can tincan.xml: a launchable activity", "no activity has a <launch>"), messages(p));
    }

    @Test
    void rejected_activityWithoutId() throws IOException {
        TinCanPackage p = read(
                entries("tincan.xml", tincan(course("index.html") + activity(null, null, null)), "index.html", "x"));
        assertTrue(has(p, IDS_RULE, "has no id attribute"), messages(p));
    }

    @Test
    void rejected_idNotAnAbsoluteIri() throws IOException {
        TinCanPackage p =
                read(entries("tincan.xml", tincan(activity("golf-course", null, "index.html")), "index.html", "x"));
        assertTrue(has(p, IDS_RULE, "'golf-course' is not an absolute IRI"), messages(p));
    }

    @Test
    void rejected_idDeclaredTwice() throws IOException {
        TinCanPackage p =
                read(entries("tincan.xml", tincan(course("index.html") + activity(C, null, null)), "index.html", "x"));
        assertTrue(has(p, IDS_RULE, "declared twice"), messages(p));
    }

    @Test
    void rejected_typeNotAnAbsoluteIri() throws IOException {
        TinCanPackage p = read(entries("tincan.xml", tincan(activity(C, "course", "index.html")), "index.html", "x"));
        assertTrue(has(p, IDS_RULE, "type 'course' is not an absolute IRI"), messages(p));
    }

    @Test
    void rejected_emptyLaunch() throws IOException {
        TinCanPackage p = read(entries(
                "tincan.xml", tincan(course("   ") + activity(C + "/2", null, "index.html")), "index.html", "x"));
        assertTrue(has(p, LAUNCH_RULE, "<launch> element is empty"), messages(p));
    }

    @Test
    void rejected_launchEscapingThePackage() throws IOException {
        for (String launch : List.of("../evil.html", "/index.html", "//host/index.html", "a\\b.html")) {
            TinCanPackage p = read(entries("tincan.xml", tincan(course(launch)), "index.html", "x"));
            assertTrue(
                    has(p, LAUNCH_RULE, "not a path inside the package") || has(p, LAUNCH_RULE, "not a valid URL"),
                    launch + messages(p));
        }
    }

    @Test
    void rejected_absoluteLaunchThatIsNotHttp() throws IOException {
        TinCanPackage p = read(entries("tincan.xml", tincan(course("javascript:alert(1)"))));
        assertTrue(has(p, LAUNCH_RULE, "must be an http or https URL"), messages(p));
    }

    @Test
    void rejected_tincanXmlNotAtTheRoot() throws IOException {
        TinCanPackage p = read(entries("course/tincan.xml", tincan(course("index.html"))));
        assertTrue(has(p, TinCanPackageReader.ZIP_RULE, "must contain tincan.xml at its root"), messages(p));
    }

    @Test
    void rejected_unsafeZipEntry() throws IOException {
        TinCanPackage p =
                read(entries("tincan.xml", tincan(course("index.html")), "index.html", "x", "../evil.sh", "rm -rf"));
        assertTrue(has(p, TinCanPackageReader.ZIP_RULE, "unsafe path"), messages(p));
    }

    @Test
    void rejected_notAZip() throws IOException {
        TinCanPackage p = reader().read(file(dir, "x.zip", "PK garbage".getBytes(StandardCharsets.UTF_8)));
        assertTrue(has(p, TinCanPackageReader.ZIP_RULE, "not a readable zip"), messages(p));
    }

    @Test
    void rejected_tooLargeTincanXml() throws IOException {
        TinCanPackage p = new TinCanPackageReader(new PackageLimits(100_000_000, 100, 50))
                .read(file(dir, "p.zip", zip(entries("tincan.xml", tincan(course("index.html"))))));
        assertTrue(has(p, TinCanPackageReader.ZIP_RULE, "larger than 50 bytes"), messages(p));
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        TinCanPackage p = read(entries(
                "tincan.xml",
                tincan(activity("not-an-iri", "x", "missing.html") + activity(C + "/ok", null, "ftp://host/x")),
                "../evil",
                "x"));
        assertEquals(5, p.problems().size(), messages(p)); // unsafe entry, id, type, two launches
    }
}
