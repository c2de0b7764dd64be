package org.alerrt.tracker.tincan.adapters.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.PackageFiles;
import org.alerrt.tracker.cmi5.api.PackageLimits;
import org.alerrt.tracker.cmi5.api.PackageZip;
import org.alerrt.tracker.tincan.application.TinCanPackage;
import org.alerrt.tracker.tincan.domain.TinCanStructure;
import org.alerrt.tracker.tincan.domain.rules.TinCanRule;
import org.xml.sax.SAXException;

/**
 * Reads a Tin Can package: a zip with tincan.xml at its root. The zip is checked as for cmi5 (unsafe names,
 * duplicates, limits); every problem found is reported at once.
 */
public final class TinCanPackageReader {

    public static final String MANIFEST = "tincan.xml";
    static final String ZIP_RULE = "Tin Can package (zip with tincan.xml at its root)";

    private final PackageLimits limits;

    public TinCanPackageReader(PackageLimits limits) {
        this.limits = limits;
    }

    /**
     * True for a zip with tincan.xml and without cmi5.xml at its root. A zip with both is a cmi5 package: cmi5
     * describes the course fully (AUs, moveOn), tincan.xml is then only a leftover for older players.
     */
    public static boolean isTinCan(Path file) throws IOException {
        byte[] head = new byte[2];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 2) < 2 || head[0] != 'P' || head[1] != 'K') {
                return false;
            }
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(MANIFEST) != null && zip.getEntry(PackageFiles.CMI5_MANIFEST) == null;
        } catch (ZipException e) {
            return false; // unreadable: the cmi5 reader reports it
        }
    }

    public TinCanPackage read(Path file) throws IOException {
        PackageZip.Opened opened = PackageZip.open(file, limits, ZIP_RULE);
        if (opened.files() == null) {
            return new TinCanPackage(null, PackageFiles.NONE, opened.problems());
        }
        List<ImportProblem> problems = opened.problems();
        PackageFiles files = opened.files();
        ZipEntry manifest = opened.entries().get(MANIFEST);
        if (manifest == null) {
            problems.add(ImportProblem.of(ZIP_RULE, null, "the zip must contain " + MANIFEST + " at its root"));
            return new TinCanPackage(null, files, problems);
        }
        byte[] xml;
        try (InputStream in = files.open(MANIFEST)) {
            xml = in.readNBytes(limits.maxXmlBytes() + 1);
        } catch (ZipException e) {
            problems.add(ImportProblem.of(ZIP_RULE, MANIFEST, "cannot be unpacked: " + e.getMessage()));
            return new TinCanPackage(null, files, problems);
        }
        if (xml.length > limits.maxXmlBytes()) {
            problems.add(ImportProblem.of(ZIP_RULE, MANIFEST, "larger than " + limits.maxXmlBytes() + " bytes"));
            return new TinCanPackage(null, files, problems);
        }
        TinCanXml.Parsed parsed;
        try {
            parsed = TinCanXml.parse(xml);
        } catch (SAXException e) {
            problems.add(ImportProblem.of(
                    "XML 1.0", MANIFEST, "not well-formed XML (a DOCTYPE is refused too): " + e.getMessage()));
            return new TinCanPackage(null, files, problems);
        }
        problems.addAll(parsed.problems());
        TinCanStructure structure = parsed.structure();
        if (parsed.problems().isEmpty()) {
            problems.addAll(TinCanRule.checkAll(structure, files.paths()));
        }
        return new TinCanPackage(structure, files, problems);
    }
}
