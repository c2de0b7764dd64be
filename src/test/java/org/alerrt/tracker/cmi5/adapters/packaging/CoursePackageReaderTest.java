package org.alerrt.tracker.cmi5.adapters.packaging;

import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.au;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.block;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.course;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.entries;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.example;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.file;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.LaunchMethod;
import org.alerrt.tracker.cmi5.api.PackageKind;
import org.alerrt.tracker.cmi5.api.PackageLimits;
import org.alerrt.tracker.cmi5.application.CoursePackage;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.Block;
import org.alerrt.tracker.cmi5.domain.MoveOn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading course packages (cmi5 §13.1, §14, §14.1, §14.2) and the XSD, with every problem reported. */
class CoursePackageReaderTest {

    private static final CourseStructureSchema SCHEMA = new CourseStructureSchema();
    private static final String C = "https://example.org/courses/c1";

    @TempDir
    Path dir;

    private CoursePackage read(String name, byte[] content) throws IOException {
        return reader().read(file(dir, name, content));
    }

    private static CoursePackageReader reader() {
        return new CoursePackageReader(SCHEMA, new PackageLimits(100_000_000, 100_000, 10_000_000));
    }

    private static String messages(CoursePackage p) {
        return p.problems().stream().map(ImportProblem::toString).reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void section15_specExamplesAreValidStandaloneXml() throws IOException {
        for (String name : List.of("simple-cmi5.xml", "complex-cmi5.xml", "extended-cmi5.xml")) {
            CoursePackage p = read(name, example(name));
            assertEquals(List.of(), p.problems(), name + messages(p));
            assertEquals(PackageKind.XML, p.kind());
        }
    }

    @Test
    void section13_1_complexExampleIsReadInOrderWithDefaultsAndTrimmedValues() throws IOException {
        CoursePackage p = read("c.xml", example("complex-cmi5.xml"));
        var s = p.structure();
        assertEquals("http://courses.example.edu/identifiers/courses/d07e186b", s.id());
        assertEquals("Geologie", s.title().values().get("de-DE"));
        assertEquals(14, s.aus().size());
        AssignableUnit first = s.aus().get(0);
        assertEquals("http://courses.example.edu/identifiers/courses/d07e186b/blocks/001/aus/64f6", first.id());
        // §13.1: leading/trailing whitespace removed (the url spans three lines in the file)
        assertEquals("http://courses.example.edu/identifiers/courses/d07e186b/blocks/001/aus/64f6/launch", first.url());
        assertEquals(MoveOn.CompletedOrPassed, first.moveOn());
        assertEquals(0, BigDecimal.ONE.compareTo(first.masteryScore()));
        assertEquals("{'initialSpeed':3.0,'mode':1}", first.launchParameters());
        assertEquals("833d0c7c-a3f8-4f9b-a51f-cbd8a9dac9fb", first.entitlementKey());
        assertEquals("http://adlnet.gov/expapi/activities/lesson", first.activityType());
        // §13.1.4 defaults: moveOn NotApplicable, launchMethod AnyWindow
        AssignableUnit noMoveOn = s.aus().stream()
                .filter(a -> a.id().endsWith("7ecd/"))
                .findFirst()
                .orElseThrow();
        assertEquals(MoveOn.NotApplicable, noMoveOn.moveOn());
        assertEquals(LaunchMethod.AnyWindow, noMoveOn.launchMethod());
        Block nested = s.blocks().stream()
                .filter(b -> b.id().endsWith("003-001"))
                .findFirst()
                .orElseThrow();
        assertTrue(nested.children().stream().anyMatch(n -> n instanceof Block));
        assertTrue(s.objectives().size() >= 2);
    }

    @Test
    void section14_1_aBodySentAsAZipThatIsNotOneIsRefusedAsSuch() throws IOException {
        byte[] xml = course(C, au(C + "/a", "https://example.org/a", "")).getBytes(StandardCharsets.UTF_8);
        CoursePackage p = reader().read(file(dir, "p.zip", xml), true);
        assertEquals(1, p.problems().size(), messages(p));
        assertTrue(messages(p).contains("not a zip file"), messages(p));
        assertEquals(List.of(), reader().read(file(dir, "p.xml", xml), false).problems()); // as XML it is fine
    }

    @Test
    void section14_brokenXmlListsEverySchemaAndRuleProblem() throws IOException {
        String xml = course(
                C,
                au(C + "/a1", "https://example.org/a1", "moveOn=\"Sometimes\" masteryScore=\"1.5\"")
                        + au(C + "/a1", "a1.html", "launchMethod=\"NewTab\"")
                        + au(C + "/a3", "https://example.org/a3", "masteryScore=\"0.12345\"")
                        + block(C + "/b1", au("not-an-iri", "https://example.org/a4", "")));
        CoursePackage p = read("cmi5.xml", xml.getBytes(StandardCharsets.UTF_8));
        String all = messages(p);
        long xsd = p.problems().stream()
                .filter(x -> x.rule().contains("CourseStructure.xsd"))
                .count();
        assertEquals(3, xsd, all); // moveOn, masteryScore range, launchMethod: one reason each
        assertTrue(all.contains("Sometimes"), all);
        assertTrue(all.contains("1.5"), all);
        assertTrue(all.contains("NewTab"), all);
        assertTrue(all.contains("already used"), all); // §13.1.4 unique id
        assertTrue(all.contains("§14.2"), all); // relative url in standalone XML
        assertTrue(all.contains("more than 4 decimal places"), all); // §13.1.4 masteryScore precision
        assertTrue(all.contains("not an absolute IRI"), all); // §13.1 IRI
        assertTrue(p.problems().size() >= 7, all);
        assertTrue(p.problems().stream()
                .anyMatch(x -> x.location() != null && x.location().contains("line")));
    }

    @Test
    void missingRequiredElementsAreSchemaErrors() throws IOException {
        String xml = """
                <courseStructure xmlns="%s"><course id="%s"><title><langstring>t</langstring></title></course>
                </courseStructure>""".formatted(Cmi5Packages.NS, C);
        CoursePackage p = read("cmi5.xml", xml.getBytes(StandardCharsets.UTF_8));
        assertTrue(p.problems().stream().anyMatch(x -> x.message().contains("description")), messages(p));
    }

    @Test
    void notWellFormedXmlIsOneClearProblem() throws IOException {
        CoursePackage p = read("cmi5.xml", "<courseStructure><course>".getBytes(StandardCharsets.UTF_8));
        assertNull(p.structure());
        assertEquals(1, p.problems().size(), messages(p));
    }

    @Test
    void doctypeAndExternalEntitiesAreRefused() throws IOException {
        Path secret = file(dir, "secret.txt", "TOP-SECRET".getBytes(StandardCharsets.UTF_8));
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>"
                + course(C, au(C + "/a", "https://example.org/&e;", "")).replaceFirst("<\\?xml[^>]*>", "");
        CoursePackage p = read("cmi5.xml", xml.getBytes(StandardCharsets.UTF_8));
        assertTrue(!p.problems().isEmpty());
        assertTrue(messages(p).contains("DOCTYPE"), messages(p));
        assertTrue(!messages(p).contains("TOP-SECRET"));
        assertNull(p.structure());
    }

    @Test
    void schemaLocationHintsAreNotFetched() throws IOException {
        // an unroutable address: a fetch would hang or fail with a network error, not pass quietly
        String xml = course(C, au(C + "/a", "https://example.org/a", ""))
                .replace(
                        "<courseStructure ",
                        "<courseStructure xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                                + "xsi:schemaLocation=\"http://ext.example/ns http://10.255.255.1/ext.xsd\" ");
        long start = System.nanoTime();
        CoursePackage p = read("cmi5.xml", xml.getBytes(StandardCharsets.UTF_8));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5000);
        assertEquals(List.of(), p.problems(), messages(p));
    }

    @Test
    void section14_1_zipWithRelativeUrlsIsValidAndListsItsFiles() throws IOException {
        String xml = course(
                C, au(C + "/a1", "au1/index.html?lang=en", "") + au(C + "/a2", "https://cdn.example.org/a2", ""));
        CoursePackage p = read(
                "p.zip",
                zip(entries(
                        "cmi5.xml", xml, "au1/", new byte[0], "au1/index.html", "<html></html>", "au1/app.js", "x")));
        assertEquals(List.of(), p.problems(), messages(p));
        assertEquals(PackageKind.ZIP, p.kind());
        assertTrue(p.files().paths().containsAll(List.of("cmi5.xml", "au1/index.html", "au1/app.js")));
        try (InputStream in = p.files().open("au1/index.html")) {
            assertEquals("<html></html>", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        p.files().close();
    }

    @Test
    void section14_1_relativeUrlNotInZipAndEscapingUrlsAreRefused() throws IOException {
        String xml = course(
                C,
                au(C + "/a1", "missing.html", "")
                        + au(C + "/a2", "../outside.html", "")
                        + au(C + "/a3", "/root.html", "")
                        + au(C + "/a4", "//host.example/x", ""));
        CoursePackage p = read("p.zip", zip(entries("cmi5.xml", xml, "index.html", "x")));
        String all = messages(p);
        assertEquals(4, p.problems().size(), all);
        assertTrue(all.contains("'missing.html', which is not in the zip"), all);
        assertTrue(p.problems().stream().allMatch(x -> x.rule().contains("§14.1")), all);
    }

    @Test
    void zipSlipEntriesAreRefusedWithEveryOneNamed() throws IOException {
        String xml = course(C, au(C + "/a1", "index.html", ""));
        CoursePackage p = read(
                "p.zip",
                zip(entries(
                        "cmi5.xml",
                        xml,
                        "index.html",
                        "x",
                        "../../etc/evil.sh",
                        "x",
                        "/abs/evil",
                        "x",
                        "a\\..\\..\\evil",
                        "x",
                        "c:/evil",
                        "x",
                        "ok/../../evil",
                        "x")));
        String all = messages(p);
        assertEquals(5, p.problems().size(), all);
        assertTrue(all.contains("../../etc/evil.sh") && all.contains("/abs/evil") && all.contains("c:/evil"), all);
        assertTrue(p.files().paths().stream().noneMatch(x -> x.contains("..")));
    }

    @Test
    void section14_1_cmi5XmlMustBeAtTheRoot() throws IOException {
        String xml = course(C, au(C + "/a1", "https://example.org/a", ""));
        CoursePackage p = read("p.zip", zip(entries("course/cmi5.xml", xml)));
        assertNull(p.structure());
        assertEquals(1, p.problems().size());
        assertTrue(messages(p).contains("not at the root"), messages(p));
    }

    @Test
    void corruptZipIsAProblemNotAnError() throws IOException {
        byte[] bytes = zip(entries("cmi5.xml", "x"));
        bytes[bytes.length - 10] ^= 0x55; // damage the end of central directory
        CoursePackage p = read("p.zip", Arrays.copyOf(bytes, bytes.length - 5));
        assertEquals(1, p.problems().size(), messages(p));
    }

    @Test
    void zipBombIsRefusedByDeclaredSize() throws IOException {
        byte[] zeros = new byte[2_000_000];
        CoursePackage p = new CoursePackageReader(SCHEMA, new PackageLimits(1_000_000, 1000, 1000))
                .read(file(dir, "p.zip", zip(entries("cmi5.xml", "x", "big.bin", zeros))));
        assertTrue(messages(p).contains("unpack to"), messages(p));
    }

    @Test
    void section14_zip64ArchiveIsRead() throws IOException {
        // more than 65535 entries forces the Zip64 end of central directory record
        Path zip = dir.resolve("big.zip");
        int n = 70_000;
        String xml = course(C, au(C + "/a1", "f/0.txt", "") + au(C + "/a2", "f/" + (n - 1) + ".txt", ""));
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)))) {
            out.putNextEntry(new ZipEntry("cmi5.xml"));
            out.write(xml.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            for (int i = 0; i < n; i++) {
                out.putNextEntry(new ZipEntry("f/" + i + ".txt"));
                out.write(new byte[] {'x'});
                out.closeEntry();
            }
        }
        assertTrue(hasZip64EndRecord(Files.readAllBytes(zip)), "the test archive must be Zip64");
        CoursePackage p = reader().read(zip);
        assertEquals(List.of(), p.problems(), messages(p));
        assertEquals(n + 1, p.files().paths().size());
        p.files().close();
    }

    private static boolean hasZip64EndRecord(byte[] b) {
        for (int i = b.length - 22; i > Math.max(0, b.length - 200); i--) {
            if (b[i] == 0x50 && b[i + 1] == 0x4b && b[i + 2] == 0x06 && b[i + 3] == 0x06) {
                return true;
            }
        }
        return false;
    }

    @Test
    void section6_1_thousandAusAreReadInOrderQuickly() throws IOException {
        String xml = Cmi5Packages.manyAus(C, 1200, false);
        long start = System.nanoTime();
        CoursePackage p = read("cmi5.xml", xml.getBytes(StandardCharsets.UTF_8));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of(), p.problems(), messages(p));
        assertEquals(1200, p.structure().aus().size());
        assertEquals(120, p.structure().blocks().size());
        for (int i = 0; i < 1200; i++) {
            assertEquals(C + "/au/" + i, p.structure().aus().get(i).id());
        }
        assertTrue(ms < 5000, "read in " + ms + " ms");
        assertNotNull(p.structure().aus().get(999).masteryScore());
    }
}
