package org.alerrt.tracker.it;

import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.NS;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.au;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.block;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.course;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.entries;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.zip;
import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reason the importer refuses a course package for (cmi5 §13, §14, §14.1, §14.2, the Tin Can reader and the
 * tracker's own catalogue rule), one package per reason: each is answered 400 (415 for a wrong Content-Type) with
 * the JSON error body whose {@code reasons} name the rule and the location, and nothing is stored (the course id
 * is not listed by {@code GET /api/cmi5/courses}). Catalogue course 3311 is seeded; 9999 is not.
 */
class Cmi5InvalidPackagesIT extends AgainstDeployedTracker {

    private static final String ZIP = "application/zip";
    private static final String XML = "application/xml";
    private static final String TINCAN_NS = "http://projecttincan.com/tincan.xsd";
    private static final String XSD = "cmi5 §14 (CourseStructure.xsd)";
    private static final String ZIP_RULE = "cmi5 §14.1 (course package in ZIP format)";
    private static final String IRI_RULE = "cmi5 §13.1 (data type IRI)";
    private static final String LENGTH_RULE = "length of stored ids and urls";
    private static final String TCOLE_RULE = "tracker: cmi5 course linked to a catalogue course";

    /**
     * One refused package.
     *
     * @param courseIri the id the package declares (must not be listed afterwards), null when it has none
     * @param rule a fragment of one reason's rule; {@code location} and {@code message} fragments of the same reason
     */
    record Case(
            String name,
            byte[] body,
            String contentType,
            String tcole,
            String courseIri,
            int status,
            String rule,
            String location,
            String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String iri() {
        return "https://it.example.org/cmi5/invalid/" + UUID.randomUUID();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A zip whose only problem is the given cmi5.xml (and the files it names). */
    private static byte[] zipOf(String xml, Object... more) {
        Object[] all = Arrays.copyOf(new Object[] {"cmi5.xml", xml}, 2 + more.length);
        System.arraycopy(more, 0, all, 2, more.length);
        return zip(entries(all));
    }

    private static Case zipCase(
            String name, String c, String xml, String rule, String location, String message, Object... more) {
        return new Case(name, zipOf(xml, more), ZIP, "3311", c, 400, rule, location, message);
    }

    /** A valid one-AU course with its page, to break in one place. */
    private static String oneAu(String c, String attributes) {
        return course(c, au(c + "/au", "index.html", attributes));
    }

    /** Replaces every occurrence of a same-length byte sequence (names sit in local and central headers). */
    private static byte[] patch(byte[] zip, String from, String to) {
        byte[] f = utf8(from);
        byte[] t = utf8(to);
        byte[] out = zip.clone();
        for (int i = 0; i + f.length <= out.length; i++) {
            if (Arrays.equals(out, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, out, i, t.length);
            }
        }
        return out;
    }

    /** Sets the uncompressed size the central directory declares for an entry (little-endian, at offset 24). */
    private static byte[] declareSize(byte[] zip, String name, long size) {
        byte[] out = zip.clone();
        byte[] n = utf8(name);
        for (int i = 0; i + 46 + n.length <= out.length; i++) {
            if (out[i] == 'P'
                    && out[i + 1] == 'K'
                    && out[i + 2] == 1
                    && out[i + 3] == 2
                    && Arrays.equals(out, i + 46, i + 46 + n.length, n, 0, n.length)) {
                for (int b = 0; b < 4; b++) {
                    out[i + 24 + b] = (byte) (size >>> (8 * b));
                }
            }
        }
        return out;
    }

    /** A zip of more entries than tracker.cmi5.max-entries (100000 by default), all empty. */
    private static byte[] tooManyEntries(String c) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("cmi5.xml", utf8(oneAu(c, "")));
        files.put("index.html", new byte[0]);
        for (int i = 0; i < 100_000; i++) {
            files.put(Integer.toString(i, 36), new byte[0]);
        }
        return zip(files);
    }

    static Stream<Case> cases() {
        String c;
        Stream.Builder<Case> s = Stream.builder();

        // §14.1: a zip the reader can open, with cmi5.xml at its root
        c = iri();
        s.add(new Case(
                "§14.1 corrupt zip (zip signature, no central directory)",
                utf8("PK\u0003\u0004 garbage"),
                ZIP,
                "3311",
                null,
                400,
                ZIP_RULE,
                null,
                "not a readable zip"));
        byte[] whole = zipOf(oneAu(c, ""), "index.html", "<p>x</p>");
        s.add(new Case(
                "§14.1 truncated zip",
                Arrays.copyOf(whole, whole.length / 2),
                ZIP,
                "3311",
                c,
                400,
                ZIP_RULE,
                null,
                "not a readable zip"));
        c = iri();
        // a deflated entry whose data starts with the reserved block type 11: unreadable while storing
        byte[] broken = zip(entries("index.html", "<p>" + "x".repeat(500) + "</p>", "cmi5.xml", oneAu(c, "")));
        broken[30 + "index.html".length()] = (byte) 0xFF;
        s.add(new Case(
                "§14.1 corrupt entry data",
                broken,
                ZIP,
                "3311",
                c,
                400,
                "cmi5 §14.1",
                "zip entry 'index.html'",
                "cannot be unpacked"));
        c = iri();
        s.add(new Case(
                "§14.1 no cmi5.xml in the zip",
                zip(entries("index.html", "<p>x</p>")),
                ZIP,
                "3311",
                null,
                400,
                ZIP_RULE,
                null,
                "at its root"));
        c = iri();
        s.add(new Case(
                "§14.1 cmi5.xml not at the root",
                zip(entries("course/cmi5.xml", oneAu(c, ""), "course/index.html", "x")),
                ZIP,
                "3311",
                c,
                400,
                ZIP_RULE,
                null,
                "not at the root"));
        for (String unsafe : List.of("../evil.sh", "/etc/evil.sh", "dir\\..\\evil.sh", "C:evil.sh", "a//evil.sh")) {
            c = iri();
            s.add(zipCase(
                    "§14.1 unsafe entry path " + unsafe,
                    c,
                    oneAu(c, ""),
                    ZIP_RULE,
                    "zip entry '" + unsafe + "'",
                    "unsafe path",
                    "index.html",
                    "x",
                    unsafe,
                    "x"));
        }
        c = iri();
        s.add(new Case(
                "§14.1 duplicate entries",
                patch(zipOf(oneAu(c, ""), "index.html", "a", "indey.html", "b"), "indey.html", "index.html"),
                ZIP,
                "3311",
                c,
                400,
                ZIP_RULE,
                "zip entry 'index.html'",
                "twice"));

        // §14.1 limits (defaults: 2 GiB unpacked, 100000 entries): the directory is checked before unpacking
        c = iri();
        s.add(new Case(
                "§14.1 declared unpacked size over the limit",
                declareSize(zipOf(oneAu(c, ""), "index.html", "x"), "index.html", 0xFFFF_FFF0L),
                ZIP,
                "3311",
                c,
                400,
                ZIP_RULE,
                null,
                "more than the limit"));
        c = iri();
        s.add(new Case(
                "§14.1 more entries than the limit",
                tooManyEntries(c),
                ZIP,
                "3311",
                c,
                400,
                ZIP_RULE,
                null,
                "more than 100000 entries"));

        // well-formed XML, no DOCTYPE
        c = iri();
        s.add(zipCase(
                "XML not well-formed",
                c,
                oneAu(c, "").replace("</courseStructure>", ""),
                "cmi5 §14",
                "cmi5.xml line",
                "XML document structures must start and end",
                "index.html",
                "x"));
        s.add(new Case(
                "XML not well-formed, standalone body that is not XML at all",
                utf8("not a course"),
                XML,
                "3311",
                null,
                400,
                "cmi5 §14",
                "cmi5.xml line 1",
                "prolog"));
        c = iri();
        s.add(zipCase(
                "DOCTYPE refused (no entities, no external DTD)",
                c,
                oneAu(c, "")
                        .replace(
                                "<courseStructure", "<!DOCTYPE courseStructure [<!ENTITY x \"y\">]>\n<courseStructure"),
                "cmi5 §14",
                "cmi5.xml line",
                "DOCTYPE",
                "index.html",
                "x"));

        // §14: CourseStructure.xsd
        c = iri();
        s.add(zipCase(
                "§14 XSD: AU without its required url",
                c,
                course(c, """
                <au id="%s/au"><title><langstring>t</langstring></title>
                  <description><langstring>d</langstring></description></au>""".formatted(c)),
                XSD,
                "cmi5.xml line",
                "cvc-complex-type.2.4"));
        c = iri();
        s.add(zipCase(
                "§14 XSD: course without a title",
                c,
                course(c, au(c + "/au", "index.html", ""))
                        .replaceFirst("<title><langstring lang=\"en-US\">Course</langstring></title>", ""),
                XSD,
                "cmi5.xml line",
                "cvc-complex-type.2.4",
                "index.html",
                "x"));
        c = iri();
        s.add(zipCase(
                "§14 XSD: course without any AU or block",
                c,
                course(c, ""),
                XSD,
                "cmi5.xml line",
                "cvc-complex-type.2.4"));
        c = iri();
        s.add(zipCase(
                "§14 XSD: bad moveOn value",
                c,
                oneAu(c, "moveOn=\"Sometimes\""),
                XSD,
                "cmi5.xml line",
                "Sometimes",
                "index.html",
                "x"));
        c = iri();
        s.add(zipCase(
                "§14 XSD: bad launchMethod value",
                c,
                oneAu(c, "launchMethod=\"NewWindow\""),
                XSD,
                "cmi5.xml line",
                "NewWindow",
                "index.html",
                "x"));
        c = iri();
        s.add(zipCase(
                "§14 XSD: masteryScore above 1",
                c,
                oneAu(c, "masteryScore=\"1.5\""),
                XSD,
                "cmi5.xml line",
                "'1.5'",
                "index.html",
                "x"));
        c = iri();
        s.add(zipCase(
                "§14 XSD: masteryScore below 0",
                c,
                oneAu(c, "masteryScore=\"-0.1\""),
                XSD,
                "cmi5.xml line",
                "'-0.1'",
                "index.html",
                "x"));
        c = iri();
        s.add(zipCase(
                "§14 XSD: masteryScore not a number",
                c,
                oneAu(c, "masteryScore=\"high\""),
                XSD,
                "cmi5.xml line",
                "'high'",
                "index.html",
                "x"));
        String other = iri();
        s.add(zipCase(
                "§14 XSD: root element in another namespace",
                other,
                oneAu(other, "").replace(NS, "https://example.org/not-cmi5"),
                XSD,
                "cmi5.xml line",
                "courseStructure",
                "index.html",
                "x"));

        // §13.1: ids and activityType are absolute IRIs
        s.add(zipCase(
                "§13.1 course id not an absolute IRI",
                null,
                oneAu("courses/relative", "")
                        .replace("courses/relative/au", "https://it.example.org/au/" + UUID.randomUUID()),
                IRI_RULE,
                "course",
                "'courses/relative'",
                "index.html",
                "x"));
        c = iri();
        s.add(zipCase(
                "§13.1 block id not an absolute IRI",
                c,
                course(c, block("block-1", au(c + "/au", "index.html", ""))),
                IRI_RULE,
                "block",
                "'block-1'",
                "index.html",
                "x"));
        c = iri();
        s.add(zipCase(
                "§13.1 AU id not an absolute IRI",
                c,
                course(c, au("au-1", "index.html", "")),
                IRI_RULE,
                "au",
                "'au-1'",
                "index.html",
                "x"));
        c = iri();
        s.add(zipCase(
                "§13.1 AU activityType not an absolute IRI",
                c,
                oneAu(c, "activityType=\"quiz\""),
                IRI_RULE,
                "au",
                "activityType 'quiz'",
                "index.html",
                "x"));
        c = iri();
        s.add(zipCase(
                "§13.1 objective id not an absolute IRI",
                c,
                course(c, au(c + "/au", "index.html", "")).replace("<au ", objectives("objective-1") + "<au "),
                IRI_RULE,
                "objective 'objective-1'",
                "'objective-1'",
                "index.html",
                "x"));

        // §13.1.2–13.1.4: unique ids; §13.1.3 objective references
        c = iri();
        s.add(zipCase(
                "§13.1.4 two AUs with one id",
                c,
                course(c, au(c + "/au", "index.html", "") + au(c + "/au", "index.html", "")),
                "cmi5 §13.1.2/§13.1.4",
                "au",
                "already used",
                "index.html",
                "x"));
        c = iri();
        s.add(zipCase(
                "§13.1.2 a block with the course's id",
                c,
                course(c, block(c, au(c + "/au", "index.html", ""))),
                "cmi5 §13.1.2/§13.1.4",
                "block",
                "already used by the course",
                "index.html",
                "x"));
        c = iri();
        s.add(zipCase(
                "§13.1.3 two objectives with one id",
                c,
                course(c, au(c + "/au", "index.html", "")).replace("<au ", objectives(c + "/o", c + "/o") + "<au "),
                "cmi5 §13.1.3 (objective ids unique",
                "objective '" + c + "/o'",
                "more than once",
                "index.html",
                "x"));
        c = iri();
        s.add(zipCase(
                "§13.1.3 AU objective idref to an undeclared objective",
                c,
                course(
                        c,
                        au(c + "/au", "index.html", "")
                                .replace(
                                        "<url>",
                                        "<objectives><objective idref=\"" + c + "/nope\"/></objectives>\n<url>")),
                "cmi5 §13.1.3 (objective references)",
                "au",
                "'" + c + "/nope'",
                "index.html",
                "x"));
        c = iri();
        s.add(zipCase(
                "§13.1.3 block objective idref to an undeclared objective",
                c,
                course(
                        c,
                        block(c + "/b", au(c + "/au", "index.html", ""))
                                .replaceFirst(
                                        "</description>",
                                        "</description><objectives><objective idref=\"" + c
                                                + "/nope\"/></objectives>")),
                "cmi5 §13.1.3 (objective references)",
                "block",
                "'" + c + "/nope'",
                "index.html",
                "x"));

        // §13.1.4 masteryScore precision, url
        c = iri();
        s.add(zipCase(
                "§13.1.4 masteryScore with more than 4 decimals",
                c,
                oneAu(c, "masteryScore=\"0.12345\""),
                "cmi5 §13.1.4 (masteryScore)",
                "au",
                "0.12345",
                "index.html",
                "x"));
        c = iri();
        s.add(zipCase(
                "§13.1.4 url not a URL",
                c,
                course(c, au(c + "/au", "index.html#a#b", "")),
                "cmi5 §13.1.4 (url)",
                "au",
                "index.html#a#b",
                "index.html",
                "x"));
        c = iri();
        s.add(zipCase(
                "§14.1 relative url naming a file missing from the zip",
                c,
                course(c, au(c + "/au", "missing.html", "")),
                "cmi5 §14.1 (relative URL",
                "au",
                "'missing.html'",
                "index.html",
                "x"));
        c = iri();
        s.add(zipCase(
                "§14.1 relative url escaping the package",
                c,
                course(c, au(c + "/au", "../index.html", "")),
                "cmi5 §14.1 (relative URL",
                "au",
                "'../index.html'",
                "index.html",
                "x"));
        // §8.1: the LMS opens the AU url in the learner's browser: only http(s), never script or local files
        for (String hostile : List.of(
                "javascript:fetch('/api/lrs-credentials')",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "vbscript:msgbox",
                "file:///etc/passwd")) {
            c = iri();
            s.add(zipCase(
                    "§8.1 AU url with the scheme of " + hostile,
                    c,
                    course(c, au(c + "/au", hostile, "")),
                    "cmi5 §8.1 (AU url launched in a browser",
                    "au '" + c + "/au'",
                    "only http and https",
                    "index.html",
                    "x"));
            c = iri();
            s.add(new Case(
                    "§8.1 standalone XML, AU url with the scheme of " + hostile,
                    utf8(course(c, au(c + "/au", hostile, ""))),
                    XML,
                    "3311",
                    c,
                    400,
                    "cmi5 §8.1 (AU url launched in a browser",
                    "au '" + c + "/au'",
                    "only http and https"));
        }
        c = iri();
        s.add(new Case(
                "§14.2 standalone XML with a relative url",
                utf8(oneAu(c, "")),
                XML,
                "3311",
                c,
                400,
                "cmi5 §14.2",
                "au",
                "'index.html' is relative"));

        // the tracker's link to the catalogue
        c = iri();
        s.add(new Case(
                "unknown tcoleNumber",
                zipOf(oneAu(c, ""), "index.html", "x"),
                ZIP,
                "9999",
                c,
                400,
                TCOLE_RULE,
                "tcoleNumber",
                "no course 9999"));
        c = iri();
        s.add(new Case(
                "tcoleNumber missing on a first import",
                zipOf(oneAu(c, ""), "index.html", "x"),
                ZIP,
                null,
                c,
                400,
                TCOLE_RULE,
                "tcoleNumber",
                "required"));
        c = iri();
        s.add(new Case(
                "tcoleNumber not a TCOLE number",
                zipOf(oneAu(c, ""), "index.html", "x"),
                ZIP,
                "12",
                c,
                400,
                TCOLE_RULE,
                "tcoleNumber",
                "4 to 6 digits"));

        // the request itself
        c = iri();
        s.add(new Case(
                "Content-Type neither zip nor XML",
                zipOf(oneAu(c, ""), "index.html", "x"),
                "application/json",
                "3311",
                c,
                415,
                "tracker: package Content-Type",
                "Content-Type",
                "got 'application/json'"));
        c = iri();
        s.add(new Case(
                "Content-Type text/plain",
                utf8(course(c, au(c + "/au", "https://cdn.example.org/a", ""))),
                "text/plain",
                "3311",
                c,
                415,
                "tracker: package Content-Type",
                "Content-Type",
                "application/zip"));
        c = iri();
        s.add(new Case(
                "sent as application/zip but not a zip",
                utf8(oneAu(c, "")),
                ZIP,
                "3311",
                c,
                400,
                ZIP_RULE,
                null,
                "not a zip file"));

        // §8.1: the AU url's own query must not use the launch parameter names
        c = iri();
        s.add(zipCase(
                "§8.1 AU url query with launch parameter names",
                c,
                course(
                        c,
                        au(
                                c + "/au",
                                "index.html?endpoint=https%3A%2F%2Flrs.example.org&amp;lang=en&amp;registration=1",
                                "")),
                "cmi5 §8.1",
                c + "/au",
                "endpoint, registration",
                "index.html",
                "x"));
        s.add(new Case("empty body", new byte[0], ZIP, "3311", null, 400, null, null, "no body"));

        // ids and urls longer than the columns they are kept in (a 500 at import before)
        c = iri() + "/" + "x".repeat(2000);
        s.add(zipCase(
                "course id longer than 2000 characters",
                c,
                oneAu(c, ""),
                LENGTH_RULE,
                "course",
                "longer than 2000",
                "index.html",
                "x"));
        c = iri();
        s.add(zipCase(
                "AU url longer than 4000 characters",
                c,
                course(c, au(c + "/au", "https://cdn.example.org/" + "u".repeat(4000), "")),
                LENGTH_RULE,
                c + "/au",
                "url is longer than 4000"));

        // Tin Can packages (tincan.xml at the root, no cmi5.xml)
        c = iri();
        s.add(new Case(
                "Tin Can: tincan.xml not well-formed",
                zip(entries("tincan.xml", "<tincan", "a.html", "x")),
                ZIP,
                "3311",
                null,
                400,
                "XML 1.0",
                "tincan.xml",
                "not well-formed"));
        s.add(new Case(
                "Tin Can: DOCTYPE refused",
                zip(entries("tincan.xml", "<!DOCTYPE tincan>" + tinCan(c, "a.html"), "a.html", "x")),
                ZIP,
                "3311",
                c,
                400,
                "XML 1.0",
                "tincan.xml",
                "DOCTYPE"));
        c = iri();
        s.add(new Case(
                "Tin Can: root element is not <tincan>",
                zip(entries("tincan.xml", "<course xmlns=\"" + TINCAN_NS + "\"/>", "a.html", "x")),
                ZIP,
                "3311",
                null,
                400,
                "Tin Can tincan.xml structure",
                "tincan.xml",
                "root element"));
        s.add(new Case(
                "Tin Can: no <activities>",
                zip(entries("tincan.xml", "<tincan xmlns=\"" + TINCAN_NS + "\"/>", "a.html", "x")),
                ZIP,
                "3311",
                null,
                400,
                "Tin Can tincan.xml structure",
                "tincan.xml",
                "no <activities>"));
        s.add(new Case(
                "Tin Can: no activity at all",
                zip(entries("tincan.xml", "<tincan xmlns=\"" + TINCAN_NS + "\"><activities/></tincan>", "a.html", "x")),
                ZIP,
                "3311",
                null,
                400,
                "Tin Can tincan.xml: a launchable activity",
                "tincan.xml",
                "no <activity>"));
        c = iri();
        s.add(new Case(
                "Tin Can: no activity with a <launch>",
                zip(entries("tincan.xml", tinCan(c, null), "a.html", "x")),
                ZIP,
                "3311",
                c,
                400,
                "Tin Can tincan.xml: a launchable activity",
                "tincan.xml",
                "launch"));
        s.add(new Case(
                "Tin Can: activity id not an absolute IRI",
                zip(entries("tincan.xml", tinCan("golf", "a.html"), "a.html", "x")),
                ZIP,
                "3311",
                null,
                400,
                "xAPI Data §2.4.4.1",
                "",
                "'golf'"));
        c = iri();
        s.add(new Case(
                "Tin Can: activity id declared twice",
                zip(entries(
                        "tincan.xml",
                        tinCan(c, "a.html")
                                .replace(
                                        "</activities>",
                                        "<activity id=\"" + c + "\"><name>again</name></activity></activities>"),
                        "a.html",
                        "x")),
                ZIP,
                "3311",
                c,
                400,
                "xAPI Data §2.4.4.1",
                "",
                "declared twice"));
        c = iri();
        s.add(new Case(
                "Tin Can: launch naming a file missing from the zip",
                zip(entries("tincan.xml", tinCan(c, "missing.html"), "a.html", "x")),
                ZIP,
                "3311",
                c,
                400,
                "Tin Can tincan.xml launch",
                "",
                "'missing.html'"));
        for (String hostile : List.of(
                "javascript:fetch('/api/lrs-credentials')", "data:text/html;base64,PHA+", "file:///etc/passwd")) {
            c = iri();
            s.add(new Case(
                    "Tin Can: launch with the scheme of " + hostile,
                    zip(entries("tincan.xml", tinCan(c, hostile), "a.html", "x")),
                    ZIP,
                    "3311",
                    c,
                    400,
                    "Tin Can tincan.xml launch",
                    "",
                    "must be an http or https URL"));
        }
        c = iri();
        s.add(new Case(
                "Tin Can: empty <launch>",
                zip(entries("tincan.xml", tinCan(c, " "), "a.html", "x")),
                ZIP,
                "3311",
                c,
                400,
                "Tin Can tincan.xml",
                "",
                "launch"));
        c = iri();
        s.add(new Case(
                "Tin Can: unsafe entry path",
                zip(entries("tincan.xml", tinCan(c, "a.html"), "a.html", "x", "../evil.sh", "x")),
                ZIP,
                "3311",
                c,
                400,
                "Tin Can package",
                "zip entry '../evil.sh'",
                "unsafe path"));
        c = iri();
        s.add(new Case(
                "Tin Can: unknown tcoleNumber",
                zip(entries("tincan.xml", tinCan(c, "a.html"), "a.html", "x")),
                ZIP,
                "9999",
                c,
                400,
                TCOLE_RULE,
                "tcoleNumber",
                "no course 9999"));
        c = iri() + "/" + "x".repeat(2000);
        s.add(new Case(
                "Tin Can: activity id longer than 2000 characters",
                zip(entries("tincan.xml", tinCan(c, "a.html"), "a.html", "x")),
                ZIP,
                "3311",
                c,
                400,
                LENGTH_RULE,
                "",
                "longer than 2000"));
        return s.build();
    }

    private static String objectives(String... ids) {
        StringBuilder b = new StringBuilder("<objectives>");
        for (String id : ids) {
            b.append("<objective id=\"")
                    .append(id)
                    .append("\"><title><langstring>o</langstring></title>")
                    .append("<description><langstring>o</langstring></description></objective>");
        }
        return b.append("</objectives>\n").toString();
    }

    /** A one-activity tincan.xml; {@code launch} null leaves the element out. */
    private static String tinCan(String id, String launch) {
        return "<tincan xmlns=\"" + TINCAN_NS + "\"><activities><activity id=\"" + id
                + "\" type=\"http://adlnet.gov/expapi/activities/course\"><name>Course</name>"
                + (launch == null ? "" : "<launch lang=\"und\">" + launch + "</launch>") + "</activity></activities>"
                + "</tincan>";
    }

    private JsonArray courses() {
        HttpResponse<String> list = client.send(client.admin("cmi5/courses").GET());
        assertEquals(200, list.statusCode(), list.body());
        return array(list.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anInvalidPackageIsRefusedNamingTheRuleAndNothingIsStored(Case c) {
        JsonArray before = courses();
        HttpResponse<String> r = cmi5.importPackage(c.body(), c.contentType(), c.tcole());
        assertEquals(c.status(), r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
        JsonObject error = object(r.body()).getJsonObject("error");
        assertEquals(c.status(), error.getInt("status"), r.body());
        assertFalse(error.getString("message").isBlank(), r.body());
        if (c.rule() == null) {
            assertTrue(r.body().contains(c.message()), c.message() + " expected in " + r.body());
        } else {
            JsonArray reasons = error.getJsonArray("reasons");
            for (JsonValue v : reasons) {
                JsonObject reason = v.asJsonObject();
                assertFalse(reason.getString("rule").isBlank(), r.body());
                assertFalse(reason.getString("message").isBlank(), r.body());
            }
            // one reason carries the rule, the location and what is wrong
            boolean named = reasons.stream()
                    .map(JsonValue::asJsonObject)
                    .anyMatch(reason -> reason.getString("rule").contains(c.rule())
                            && (c.location() == null
                                    ? !reason.containsKey("location") || reason.isNull("location")
                                    : reason.getString("location", "").contains(c.location()))
                            && reason.getString("message").contains(c.message()));
            assertTrue(
                    named,
                    "rule '" + c.rule() + "', location '" + c.location() + "', message '" + c.message()
                            + "' expected in " + reasons);
        }
        JsonArray after = courses();
        assertEquals(before, after, "nothing stored");
        if (c.courseIri() != null) {
            assertFalse(after.toString().contains(c.courseIri()), c.courseIri());
        }
    }

    @Test
    void aReimportThatChangesTheFormatIsRefused() {
        String c = iri();
        HttpResponse<String> tinCan =
                cmi5.importPackage(zip(entries("tincan.xml", tinCan(c, "a.html"), "a.html", "x")), ZIP, "3311");
        assertEquals(201, tinCan.statusCode(), tinCan.body());
        JsonArray before = courses();
        HttpResponse<String> r = cmi5.importPackage(zipOf(oneAu(c, ""), "index.html", "x"), ZIP, null);
        assertEquals(400, r.statusCode(), r.body());
        JsonObject reason =
                object(r.body()).getJsonObject("error").getJsonArray("reasons").getJsonObject(0);
        assertEquals("tracker: a re-import keeps the course's format", reason.getString("rule"));
        assertEquals("course id", reason.getString("location"));
        assertTrue(reason.getString("message").contains("TINCAN"), reason.toString());
        assertEquals(before, courses());
    }
}
