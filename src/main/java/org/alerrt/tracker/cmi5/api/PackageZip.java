package org.alerrt.tracker.cmi5.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Opening a package zip safely, shared by the cmi5 and Tin Can package readers. */
public final class PackageZip {

    private PackageZip() {}

    /** A zip with its safe entries and the problems found in its directory; {@code files} is null when unreadable. */
    public record Opened(ZipFiles files, Map<String, ZipEntry> entries, List<ImportProblem> problems) {}

    /**
     * Opens a zip and checks its directory: unsafe names, duplicates, entry count and declared unpacked size
     * (problems named with {@code rule}). Shared by the cmi5 and Tin Can readers.
     */
    public static Opened open(Path file, PackageLimits limits, String rule) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            return new Opened(
                    null,
                    Map.of(),
                    new ArrayList<>(
                            List.of(ImportProblem.of(rule, null, "not a readable zip file: " + e.getMessage()))));
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, ZipEntry> files = new LinkedHashMap<>();
        long declared = 0;
        int count = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (++count > limits.maxEntries()) {
                problems.add(ImportProblem.of(rule, null, "the zip has more than " + limits.maxEntries() + " entries"));
                break;
            }
            String name = entry.getName();
            String path = entry.isDirectory() ? name.substring(0, name.length() - 1) : name;
            if (PackagePath.safe(path).isEmpty()) {
                problems.add(ImportProblem.of(
                        rule,
                        "zip entry '" + name + "'",
                        "unsafe path: absolute, '..', '\\', ':' or empty segments would escape the package root"));
                continue;
            }
            if (entry.isDirectory()) {
                continue;
            }
            if (files.putIfAbsent(path, entry) != null) {
                problems.add(ImportProblem.of(rule, "zip entry '" + name + "'", "the zip holds it twice"));
            }
            declared += Math.max(entry.getSize(), 0);
        }
        if (declared > limits.maxUnpackedBytes()) {
            problems.add(ImportProblem.of(
                    rule,
                    null,
                    "the files unpack to " + declared + " bytes, more than the limit of " + limits.maxUnpackedBytes()));
        }
        return new Opened(new ZipFiles(zip, files), files, problems);
    }

    /** Files of an open zip. */
    public static final class ZipFiles implements PackageFiles {
        private final ZipFile zip;
        private final Map<String, ZipEntry> entries;
        private final Set<String> paths;

        ZipFiles(ZipFile zip, Map<String, ZipEntry> entries) {
            this.zip = zip;
            this.entries = entries;
            this.paths = Collections.unmodifiableSet(new LinkedHashSet<>(entries.keySet()));
        }

        public ZipFile zip() {
            return zip;
        }

        @Override
        public Set<String> paths() {
            return paths;
        }

        @Override
        public InputStream open(String path) throws IOException {
            ZipEntry e = entries.get(path);
            if (e == null) {
                throw new IllegalArgumentException("no file " + path);
            }
            return zip.getInputStream(e);
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
