package org.alerrt.tracker.cmi5.adapters.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds course packages for tests: cmi5.xml documents and zips. */
public final class Cmi5Packages {

    public static final String NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

    private Cmi5Packages() {}

    public static byte[] example(String name) {
        try (InputStream in = Cmi5Packages.class.getResourceAsStream("/cmi5/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String au(String id, String url, String attributes) {
        return au(id, url, attributes, null);
    }

    /** An AU with {@code <launchParameters>} (cmi5 §13.1.4) when {@code launchParameters} is not null. */
    public static String au(String id, String url, String attributes, String launchParameters) {
        return """
                <au id="%s" %s>
                  <title><langstring lang="en-US">AU %s</langstring></title>
                  <description><langstring lang="en-US">About %s</langstring></description>
                  <url>%s</url>%s
                </au>""".formatted(
                id,
                attributes,
                id,
                id,
                url,
                launchParameters == null ? "" : "\n  <launchParameters>" + launchParameters + "</launchParameters>");
    }

    public static String block(String id, String members) {
        return """
                <block id="%s">
                  <title><langstring lang="en-US">Block %s</langstring></title>
                  <description><langstring lang="en-US">About %s</langstring></description>
                  %s
                </block>""".formatted(id, id, id, members);
    }

    public static String course(String courseId, String members) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <courseStructure xmlns="%s">
                  <course id="%s">
                    <title><langstring lang="en-US">Course</langstring></title>
                    <description><langstring lang="en-US">A test course</langstring></description>
                  </course>
                  %s
                </courseStructure>""".formatted(NS, courseId, members);
    }

    /** A course of n AUs in blocks of ten, with relative or absolute URLs. */
    public static String manyAus(String courseId, int n, boolean relative) {
        StringBuilder members = new StringBuilder();
        for (int b = 0; b < n / 10; b++) {
            StringBuilder aus = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                int k = b * 10 + i;
                String url = relative ? "au/" + k + ".html" : "https://content.example.org/au/" + k + ".html";
                aus.append(au(courseId + "/au/" + k, url, "moveOn=\"CompletedOrPassed\" masteryScore=\"0.8\""));
            }
            members.append(block(courseId + "/block/" + b, aus.toString()));
        }
        return course(courseId, members.toString());
    }

    /** A zip of the given entries, in order (names written as given, even hostile ones). */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Map<String, byte[]> entries(Object... nameThenContent) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            Object c = nameThenContent[i + 1];
            m.put(
                    (String) nameThenContent[i],
                    c instanceof byte[] b ? b : c.toString().getBytes(StandardCharsets.UTF_8));
        }
        return m;
    }

    public static Path file(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
