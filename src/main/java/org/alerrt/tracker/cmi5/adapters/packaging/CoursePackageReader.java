package org.alerrt.tracker.cmi5.adapters.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.PackageFiles;
import org.alerrt.tracker.cmi5.api.PackageKind;
import org.alerrt.tracker.cmi5.api.PackageLimits;
import org.alerrt.tracker.cmi5.api.PackageZip;
import org.alerrt.tracker.cmi5.application.CoursePackage;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.rules.StructureRule;
import org.xml.sax.SAXException;

/**
 * Reads a course package (cmi5 §14) from a file: a zip (32- or 64-bit, read by {@link ZipFile}, which handles
 * Zip64) with cmi5.xml at its root, or a standalone cmi5.xml. Finds every problem it can (unsafe entry names,
 * missing cmi5.xml, schema errors, structure rules) rather than stopping at the first.
 */
public final class CoursePackageReader {

    static final String ZIP_RULE = "cmi5 §14.1 (course package in ZIP format)";
    public static final String MANIFEST = PackageFiles.CMI5_MANIFEST;

    private final CourseStructureSchema schema;
    private final PackageLimits limits;

    public CoursePackageReader(CourseStructureSchema schema, PackageLimits limits) {
        this.schema = schema;
        this.limits = limits;
    }

    /** Zip when the file starts with the zip signature "PK", else standalone XML. */
    public CoursePackage read(Path file) throws IOException {
        return read(file, false);
    }

    /**
     * As {@link #read(Path)}; {@code declaredZip} (sent as a zip type) refuses a body without the zip signature as
     * "not a zip", instead of reading it as XML and reporting what XML it is not.
     */
    public CoursePackage read(Path file, boolean declaredZip) throws IOException {
        byte[] head = new byte[2];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 2);
            if (n == 2 && head[0] == 'P' && head[1] == 'K') {
                return readZip(file);
            }
        }
        if (declaredZip) {
            return new CoursePackage(
                    PackageKind.ZIP,
                    null,
                    PackageFiles.NONE,
                    List.of(ImportProblem.of(
                            ZIP_RULE,
                            null,
                            "the body is not a zip file (it does not start with the zip signature \"PK\"); send a"
                                    + " zip as application/zip, or a standalone cmi5.xml as application/xml")));
        }
        if (Files.size(file) > limits.maxXmlBytes()) {
            return new CoursePackage(
                    PackageKind.XML,
                    null,
                    PackageFiles.NONE,
                    List.of(ImportProblem.of(
                            "cmi5 §14.2",
                            MANIFEST,
                            "the course structure XML is larger than " + limits.maxXmlBytes() + " bytes")));
        }
        return readXml(Files.readAllBytes(file), PackageKind.XML, PackageFiles.NONE, new ArrayList<>());
    }

    private CoursePackage readZip(Path file) throws IOException {
        PackageZip.Opened opened = PackageZip.open(file, limits, ZIP_RULE);
        if (opened.files() == null) {
            return new CoursePackage(PackageKind.ZIP, null, PackageFiles.NONE, opened.problems());
        }
        List<ImportProblem> problems = opened.problems();
        Map<String, ZipEntry> files = opened.entries();
        PackageZip.ZipFiles packageFiles = opened.files();
        ZipFile zip = packageFiles.zip();
        ZipEntry manifest = files.get(MANIFEST);
        if (manifest == null) {
            String nested = files.keySet().stream()
                    .filter(p -> p.endsWith("/" + MANIFEST))
                    .findFirst()
                    .map(p -> " (found '" + p + "', which is not at the root)")
                    .orElse("");
            problems.add(ImportProblem.of(
                    ZIP_RULE,
                    null,
                    "the zip must contain " + MANIFEST
                            + " at its root directory" + nested + " (or " + "tincan.xml"
                            + " for a Tin Can package)"));
            return new CoursePackage(PackageKind.ZIP, null, packageFiles, problems);
        }
        byte[] xml;
        try (InputStream in = zip.getInputStream(manifest)) {
            xml = in.readNBytes(limits.maxXmlBytes() + 1);
        } catch (ZipException e) {
            problems.add(ImportProblem.of(ZIP_RULE, MANIFEST, "cannot be unpacked: " + e.getMessage()));
            return new CoursePackage(PackageKind.ZIP, null, packageFiles, problems);
        }
        if (xml.length > limits.maxXmlBytes()) {
            problems.add(ImportProblem.of(ZIP_RULE, MANIFEST, "larger than " + limits.maxXmlBytes() + " bytes"));
            return new CoursePackage(PackageKind.ZIP, null, packageFiles, problems);
        }
        return readXml(xml, PackageKind.ZIP, packageFiles, problems);
    }

    private CoursePackage readXml(byte[] xml, PackageKind kind, PackageFiles files, List<ImportProblem> problems) {
        List<ImportProblem> schemaProblems = schema.validate(xml);
        problems.addAll(schemaProblems);
        CourseStructure structure;
        try {
            structure = CourseStructureXml.parse(xml);
        } catch (SAXException e) {
            if (schemaProblems.isEmpty()) {
                problems.add(ImportProblem.of("XML 1.0", MANIFEST, "not well-formed XML: " + e.getMessage()));
            }
            return new CoursePackage(kind, null, files, problems);
        }
        problems.addAll(StructureRule.checkAll(structure, kind, files.paths()));
        return new CoursePackage(kind, structure, files, problems);
    }
}
