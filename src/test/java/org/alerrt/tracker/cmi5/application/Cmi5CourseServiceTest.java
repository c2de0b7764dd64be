package org.alerrt.tracker.cmi5.application;

import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.au;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.block;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.course;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.entries;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.file;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.zip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.sql.DataSource;
import org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages;
import org.alerrt.tracker.cmi5.adapters.packaging.CoursePackageReader;
import org.alerrt.tracker.cmi5.adapters.packaging.CourseStructureSchema;
import org.alerrt.tracker.cmi5.adapters.persistence.JdbcCmi5CourseRepository;
import org.alerrt.tracker.cmi5.api.PackageLimits;
import org.alerrt.tracker.cmi5.api.PackageRejectedException;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.StoredFile;
import org.alerrt.tracker.testsupport.TestDatabase;
import org.alerrt.tracker.training.api.Catalogue;
import org.alerrt.tracker.training.api.CatalogueCourse;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import, versions, structure round trip, files and delete against H2 with the real migrations. */
class Cmi5CourseServiceTest {

    private static final CourseStructureSchema SCHEMA = new CourseStructureSchema();
    private static final String C = "https://example.org/courses/svc";

    /** The catalogue knows 3311 only. */
    static final class FakeCatalogue implements Catalogue {
        @Override
        public Optional<CatalogueCourse> find(TcoleCourseNumber number) {
            return number.value().equals("3311")
                    ? Optional.of(new CatalogueCourse(number, "Level I", 16))
                    : Optional.empty();
        }

        @Override
        public Optional<CatalogueCourse> findByActivity(String activityIri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void linkActivity(TcoleCourseNumber number, String activityIri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void unlinkActivity(TcoleCourseNumber number, String activityIri) {
            throw new UnsupportedOperationException();
        }
    }

    @TempDir
    Path dir;

    private DataSource ds;
    private JdbcCmi5CourseRepository repo;
    private Cmi5CourseService service;

    @BeforeEach
    void setUp() {
        ds = TestDatabase.migrated();
        repo = new JdbcCmi5CourseRepository(ds);
        service = new Cmi5CourseService(
                repo, new FakeCatalogue(), new Cmi5Settings(100_000_000, 100_000_000, 100_000, 10_000_000));
        service.launchAccess = new LaunchAccessService() {
            @Override
            public void revokeCourse(long courseId) {
                revokedCourses.add(courseId);
            }
        };
    }

    private final List<Long> revokedCourses = new ArrayList<>();

    private CoursePackage read(String name, byte[] content) throws IOException {
        return new CoursePackageReader(SCHEMA, new PackageLimits(100_000_000, 100_000, 10_000_000))
                .read(file(dir, name, content));
    }

    @Test
    void importsAZipAndReadsTheStructureBackInFileOrder() throws IOException {
        byte[] big = new byte[600_000]; // three chunks
        new Random(7).nextBytes(big);
        String xml = course(
                C,
                au(C + "/a1", "a1/index.html", "moveOn=\"Passed\" masteryScore=\"0.75\"")
                        + block(
                                C + "/b1",
                                au(C + "/a2", "https://cdn.example.org/a2", "launchMethod=\"OwnWindow\"")
                                        + block(C + "/b2", au(C + "/a3", "a3.html", "")))
                        + au(C + "/a4", "a1/index.html", "moveOn=\"CompletedAndPassed\""));
        CoursePackage pkg = read(
                "p.zip",
                zip(entries("cmi5.xml", xml, "a1/index.html", "<p>hi</p>", "a3.html", "x", "media/video.bin", big)));
        CourseDetails d = service.importPackage(pkg, "3311", "tester");
        pkg.files().close();

        assertEquals(1, d.version().version());
        assertEquals("3311", d.course().tcoleNumber());
        CourseDetails read = service.find(d.course().id(), null).orElseThrow();
        CourseStructure s = read.structure();
        assertEquals(pkg.structure(), s); // blocks, AUs, nesting, all attributes, in order
        assertEquals(
                List.of(C + "/a1", C + "/a2", C + "/a3", C + "/a4"),
                s.aus().stream().map(a -> a.id()).toList());
        assertEquals(4, read.version().fileCount());

        StoredFile f = repo.file(d.course().id(), 1, "media/video.bin").orElseThrow();
        assertEquals(600_000, f.size());
        assertEquals(3, f.chunkCount());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        repo.copyFile(f, out);
        assertArrayEquals(big, out.toByteArray());
        assertTrue(repo.file(d.course().id(), 1, "nope.html").isEmpty());
        assertTrue(repo.file(d.course().id(), 2, "a3.html").isEmpty());
    }

    @Test
    void reimportAddsAVersionAndKeepsTheOldOne() throws IOException {
        String v1 = course(C, au(C + "/a1", "https://cdn.example.org/v1", ""));
        String v2 = course(
                C, au(C + "/a1", "https://cdn.example.org/v2", "") + au(C + "/a2", "https://cdn.example.org/v2b", ""));
        CourseDetails first = service.importPackage(read("1.xml", v1.getBytes(StandardCharsets.UTF_8)), "3311", "t");
        CourseDetails second = service.importPackage(read("2.xml", v2.getBytes(StandardCharsets.UTF_8)), null, "t");
        assertEquals(first.course().id(), second.course().id());
        assertEquals(2, second.version().version());
        assertEquals("3311", second.course().tcoleNumber()); // link kept when not given again
        assertEquals(2, second.versions().size());
        assertEquals(
                "https://cdn.example.org/v1",
                service.find(first.course().id(), 1)
                        .orElseThrow()
                        .structure()
                        .aus()
                        .get(0)
                        .url());
        assertEquals(
                2,
                service.find(first.course().id(), null)
                        .orElseThrow()
                        .structure()
                        .aus()
                        .size());
        assertEquals(1, service.list().size());
    }

    @Test
    void unknownOrMalformedTcoleNumberIsOneMoreReasonBesideThePackageProblems() throws IOException {
        String xml = course(C, au(C + "/a1", "relative.html", ""));
        CoursePackage pkg = read("cmi5.xml", xml.getBytes(StandardCharsets.UTF_8));
        PackageRejectedException e =
                assertThrows(PackageRejectedException.class, () -> service.importPackage(pkg, "9999", "t"));
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().toString().contains("no course 9999"));
        PackageRejectedException missing = assertThrows(
                PackageRejectedException.class,
                () -> service.importPackage(
                        read(
                                "ok.xml",
                                course(C, au(C + "/a1", "https://x.example/a", ""))
                                        .getBytes(StandardCharsets.UTF_8)),
                        null,
                        "t"));
        assertTrue(missing.problems().get(0).message().contains("tcoleNumber is required"));
        assertThrows(
                PackageRejectedException.class,
                () -> service.importPackage(
                        read(
                                "ok2.xml",
                                course(C, au(C + "/a1", "https://x.example/a", ""))
                                        .getBytes(StandardCharsets.UTF_8)),
                        "33a",
                        "t"));
        assertTrue(service.list().isEmpty());
    }

    @Test
    void filesBeyondTheUnpackedBudgetRejectTheWholeImportInItsTransaction() throws IOException, SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            JdbcCmi5CourseRepository tx = new JdbcCmi5CourseRepository(TestDatabase.transaction(c));
            Cmi5CourseService small =
                    new Cmi5CourseService(tx, new FakeCatalogue(), new Cmi5Settings(100_000_000, 1000, 100, 1_000_000));
            String xml = course(C, au(C + "/a1", "a.html", ""));
            CoursePackage pkg = read("p.zip", zip(entries("cmi5.xml", xml, "a.html", new byte[5000])));
            PackageRejectedException e =
                    assertThrows(PackageRejectedException.class, () -> small.importPackage(pkg, "3311", "t"));
            assertTrue(e.getMessage().contains("1 problem"));
            c.rollback(); // what the JTA interceptor does on a RuntimeException
        }
        assertTrue(service.list().isEmpty());
    }

    @Test
    void deleteRemovesCourseVersionsStructureAndFiles() throws IOException, SQLException {
        String xml = course(C, au(C + "/a1", "a.html", ""));
        CoursePackage pkg = read("p.zip", zip(entries("cmi5.xml", xml, "a.html", "x")));
        long id = service.importPackage(pkg, "3311", "t").course().id();
        service.importPackage(read("p2.zip", zip(entries("cmi5.xml", xml, "a.html", "y"))), null, "t");
        assertTrue(service.delete(id));
        assertEquals(List.of(id), revokedCourses, "its sessions' credentials are revoked with it");
        assertFalse(service.delete(id));
        assertTrue(service.find(id, null).isEmpty());
        try (Connection c = ds.getConnection();
                var st = c.createStatement()) {
            for (String table :
                    List.of("cmi5_course_version", "cmi5_au", "cmi5_block", "cmi5_file", "cmi5_file_chunk")) {
                try (var rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), table);
                }
            }
        }
    }

    @Test
    void section6_1_aCourseOfMoreThanThousandAusImportsInSeconds() throws IOException {
        int n = 1500;
        CoursePackage pkg = read("big.xml", Cmi5Packages.manyAus(C, n, false).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), pkg.problems());
        long start = System.nanoTime();
        CourseDetails d = service.importPackage(pkg, "3311", "t");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 10_000, "import took " + ms + " ms"); // about 1-3 s here; generous for loaded CI machines
        CourseStructure back = service.find(d.course().id(), null).orElseThrow().structure();
        assertEquals(n, back.aus().size());
        assertEquals(pkg.structure(), back);
    }
}
