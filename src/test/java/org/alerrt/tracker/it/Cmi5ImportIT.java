package org.alerrt.tracker.it;

import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.au;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.block;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.course;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.entries;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.zip;
import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * cmi5 course import over HTTP (cmi5 §6.1, §13, §14): zip and standalone XML packages, every reason for a
 * refusal, versions on re-import, AU content served, delete. Catalogue course 3311 comes from the seeded
 * catalogue (lrs-config/courses.csv).
 */
class Cmi5ImportIT extends AgainstDeployedTracker {

    private static final String TCOLE = "3311";

    String courseIri;

    @BeforeEach
    void setUp() {
        courseIri = "https://it.example.org/cmi5/" + UUID.randomUUID();
    }

    private HttpResponse<byte[]> content(String path) {
        return client.sendForBytes(client.content("/content/" + path).GET());
    }

    private boolean listed(String iri) {
        HttpResponse<String> list = client.send(client.admin("cmi5/courses").GET());
        assertEquals(200, list.statusCode(), list.body());
        return array(list.body()).stream()
                .anyMatch(v -> v.asJsonObject().getString("courseId").equals(iri));
    }

    private byte[] validZip(String html) {
        String c = courseIri;
        String xml = course(
                c,
                au(c + "/intro", "intro/index.html?start=1", "moveOn=\"Completed\"")
                        + block(
                                c + "/b1",
                                au(c + "/quiz", "quiz/quiz.html", "moveOn=\"Passed\" masteryScore=\"0.8\"")
                                        + au(
                                                c + "/video",
                                                "https://cdn.example.org/video",
                                                "launchMethod=\"OwnWindow\""))
                        + au(c + "/outro", "intro/index.html", ""));
        return zip(entries(
                "cmi5.xml",
                xml,
                "intro/index.html",
                html,
                "intro/app.js",
                "console.log(1)",
                "quiz/quiz.html",
                "<p>quiz</p>",
                "intro/style.css",
                "p{}"));
    }

    @Test
    void section14_1_zipImportIs201WithAusInFileOrderAndItsContentIsServedPublicly() {
        HttpResponse<String> created = cmi5.importPackage(validZip("<h1>Intro</h1>"), "application/zip", TCOLE);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").contains("/api/cmi5/courses/"));
        JsonObject course = object(created.body());
        assertEquals(courseIri, course.getString("courseId"));
        assertEquals(TCOLE, course.getString("tcoleNumber"));
        assertEquals(1, course.getInt("version"));
        assertEquals("READY", course.getString("status"));
        assertEquals(
                List.of(courseIri + "/intro", courseIri + "/quiz", courseIri + "/video", courseIri + "/outro"),
                course.getJsonArray("aus").stream()
                        .map(v -> v.asJsonObject().getString("id"))
                        .toList());
        JsonArray children = course.getJsonArray("children");
        assertEquals("block", children.getJsonObject(1).getString("type"));
        assertEquals(2, children.getJsonObject(1).getJsonArray("children").size());
        JsonObject quiz = course.getJsonArray("aus").getJsonObject(1);
        assertEquals("Passed", quiz.getString("moveOn"));
        assertEquals(0.8, quiz.getJsonNumber("masteryScore").doubleValue());
        assertEquals(
                "NotApplicable", course.getJsonArray("aus").getJsonObject(3).getString("moveOn"));
        assertEquals("OwnWindow", course.getJsonArray("aus").getJsonObject(2).getString("launchMethod"));

        long id = course.getJsonNumber("id").longValue();
        String launch = course.getJsonArray("aus").getJsonObject(0).getString("launchUrl");
        assertEquals("/content/" + id + "/1/intro/index.html?start=1", launch);

        HttpResponse<String> get =
                client.send(client.admin("cmi5/courses/" + id).GET());
        assertEquals(200, get.statusCode(), get.body());
        assertEquals(course.getJsonArray("aus"), object(get.body()).getJsonArray("aus"));

        // content: no credentials needed, right type, exact bytes
        HttpResponse<byte[]> page = content(id + "/1/intro/index.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertArrayEquals("<h1>Intro</h1>".getBytes(StandardCharsets.UTF_8), page.body());
        assertTrue(content(id + "/1/intro/app.js")
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("text/javascript"));
        assertTrue(content(id + "/1/intro/style.css")
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("text/css"));
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void contentPathsCannotEscapeAndUnknownFilesAre404() {
        HttpResponse<String> created = cmi5.importPackage(validZip("x"), "application/zip", TCOLE);
        assertEquals(201, created.statusCode(), created.body());
        long id = object(created.body()).getJsonNumber("id").longValue();
        // The container normalizes "..", "%2e%2e" and "//" before the servlet sees the path; inside the version
        // that only names another file of the same version: harmless, allowed
        for (String path : List.of(
                id + "/1/intro/../quiz/quiz.html",
                id + "/1/intro/%2e%2e/quiz/quiz.html",
                id + "/1//intro/index.html",
                id + "/1/cmi5.xml/../intro/index.html")) {
            assertEquals(200, content(path).statusCode(), path);
        }
        for (String path : List.of(
                id + "/1/../../../WEB-INF/web.xml",
                id + "/1/%2e%2e/2/intro/index.html",
                id + "/1/%2e%2e/%2e%2e/WEB-INF/web.xml",
                id + "/1/intro%5cindex.html",
                id + "/1/intro/",
                id + "/2/intro/index.html",
                id + "/x/intro/index.html",
                id + "/1/nope.html",
                "999999999/1/intro/index.html")) {
            HttpResponse<byte[]> r = content(path);
            // 4xx from the servlet; a path the container normalizes out of /content (to /WEB-INF) meets the
            // container's own protection (a redirect to sign-in): never the file
            assertTrue(r.statusCode() >= 300 && r.statusCode() < 500, path + " → " + r.statusCode());
            assertFalse(new String(r.body(), StandardCharsets.UTF_8).contains("<web-app"), path);
        }
    }

    @Test
    void section14_invalidPackageIs400WithEveryReasonAndNothingIsStored() {
        String c = courseIri;
        String xml = course(
                c,
                au(c + "/a1", "missing.html", "moveOn=\"Sometimes\"")
                        + au(c + "/a1", "https://cdn.example.org/a", "masteryScore=\"2\""));
        byte[] zip = zip(entries("cmi5.xml", xml, "../../evil.sh", "x", "ok.html", "x"));
        HttpResponse<String> r = cmi5.importPackage(zip, "application/zip", "9999");
        assertEquals(400, r.statusCode(), r.body());
        JsonObject error = object(r.body()).getJsonObject("error");
        assertEquals(400, error.getInt("status"));
        JsonArray reasons = error.getJsonArray("reasons");
        String all = reasons.toString();
        // zip slip, moveOn value, masteryScore range, duplicate id, missing file, unknown catalogue course
        assertTrue(reasons.size() >= 6, all);
        for (String expected :
                List.of("../../evil.sh", "Sometimes", "'2'", "already used", "missing.html", "no course 9999")) {
            assertTrue(all.contains(expected), expected + " in " + all);
        }
        for (JsonValue reason : reasons) {
            assertFalse(reason.asJsonObject().getString("rule").isBlank());
            assertFalse(reason.asJsonObject().getString("message").isBlank());
        }
        assertFalse(listed(c));
    }

    @Test
    void section14_2_standaloneXmlWithAbsoluteUrlsImportsAndRelativeOnesAreRefused() {
        String c = courseIri;
        String ok = course(c, au(c + "/a1", "https://cdn.example.org/a1/index.html", "moveOn=\"CompletedAndPassed\""));
        HttpResponse<String> created =
                cmi5.importPackage(ok.getBytes(StandardCharsets.UTF_8), "text/xml; charset=utf-8", TCOLE);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject course = object(created.body());
        assertEquals("XML", course.getString("packageKind"));
        assertEquals(
                "https://cdn.example.org/a1/index.html",
                course.getJsonArray("aus").getJsonObject(0).getString("launchUrl"));

        String other = "https://it.example.org/cmi5/" + UUID.randomUUID();
        String relative = course(other, au(other + "/a1", "a1/index.html", ""));
        HttpResponse<String> refused =
                cmi5.importPackage(relative.getBytes(StandardCharsets.UTF_8), "application/xml", TCOLE);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("§14.2"), refused.body());
        assertFalse(listed(other));
    }

    @Test
    void reimportAddsAVersionAndTheOldVersionKeepsItsContent() {
        long id = object(cmi5.importPackage(validZip("v1"), "application/zip", TCOLE)
                        .body())
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> again = cmi5.importPackage(validZip("v2"), "application/zip", null);
        assertEquals(201, again.statusCode(), again.body());
        JsonObject v2 = object(again.body());
        assertEquals(id, v2.getJsonNumber("id").longValue());
        assertEquals(2, v2.getInt("version"));
        assertEquals(2, v2.getJsonArray("versions").size());
        assertArrayEquals(
                "v1".getBytes(StandardCharsets.UTF_8),
                content(id + "/1/intro/index.html").body());
        assertArrayEquals(
                "v2".getBytes(StandardCharsets.UTF_8),
                content(id + "/2/intro/index.html").body());
        HttpResponse<String> first =
                client.send(client.admin("cmi5/courses/" + id + "?version=1").GET());
        assertEquals(1, object(first.body()).getInt("version"));
        assertEquals(
                object(first.body()).getJsonArray("aus").getJsonObject(0).getString("id"),
                v2.getJsonArray("aus").getJsonObject(0).getString("id")); // AU ids stable across versions
    }

    @Test
    void deleteRemovesTheCourseAndItsContent() {
        long id = object(cmi5.importPackage(validZip("bye"), "application/zip", TCOLE)
                        .body())
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> deleted =
                client.send(client.admin("cmi5/courses/" + id).DELETE());
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertEquals(404, client.send(client.admin("cmi5/courses/" + id).GET()).statusCode());
        assertEquals(404, content(id + "/1/intro/index.html").statusCode());
        assertEquals(
                404, client.send(client.admin("cmi5/courses/" + id).DELETE()).statusCode());
        assertFalse(listed(courseIri));
    }

    @Test
    void section6_1_aThousandAuCourseImportsInSeconds() {
        byte[] xml = Cmi5Packages.manyAus(courseIri, 1000, true).getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("cmi5.xml", xml);
        for (int i = 0; i < 1000; i++) {
            files.put("au/" + i + ".html", ("<p>" + i + "</p>").getBytes(StandardCharsets.UTF_8));
        }
        long start = System.nanoTime();
        HttpResponse<String> created = cmi5.importPackage(zip(files), "application/zip", TCOLE);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(201, created.statusCode(), created.body());
        JsonObject course = object(created.body());
        assertEquals(1000, course.getJsonArray("aus").size());
        assertEquals(
                courseIri + "/au/999",
                course.getJsonArray("aus").getJsonObject(999).getString("id"));
        assertTrue(ms < 30_000, "1000 AUs and 1001 files imported in " + ms + " ms");
        long id = course.getJsonNumber("id").longValue();
        assertArrayEquals(
                "<p>500</p>".getBytes(StandardCharsets.UTF_8),
                content(id + "/1/au/500.html").body());
    }

    @Test
    void packagesLargerThanTheGeneralBodyLimitAreAcceptedAndLargeFilesServedWhole() {
        // failsafe sets tracker.http.max-body-bytes to 2 MB; course packages have their own, larger limit
        byte[] media = new byte[3_000_000];
        new Random(42).nextBytes(media);
        String c = courseIri;
        byte[] zip = zip(entries(
                "cmi5.xml",
                course(c, au(c + "/film", "film.html", "")),
                "film.html",
                "<video>",
                "media/film.bin",
                media));
        assertTrue(zip.length > 2_000_000);
        HttpResponse<String> created = cmi5.importPackage(zip, "application/zip", TCOLE);
        assertEquals(201, created.statusCode(), created.body());
        long id = object(created.body()).getJsonNumber("id").longValue();
        HttpResponse<byte[]> film = content(id + "/1/media/film.bin");
        assertEquals(200, film.statusCode());
        assertEquals(
                "application/octet-stream",
                film.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(media, film.body());
    }

    @Test
    void requestsTheApiRefuses() {
        HttpResponse<String> anonymous = client.send(client.anonymous("/api/cmi5/courses")
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(validZip("x"))));
        assertEquals(401, anonymous.statusCode());
        HttpResponse<String> json =
                cmi5.importPackage("{}".getBytes(StandardCharsets.UTF_8), "application/json", TCOLE);
        assertEquals(415, json.statusCode(), json.body());
        HttpResponse<String> empty = cmi5.importPackage(new byte[0], "application/zip", TCOLE);
        assertEquals(400, empty.statusCode(), empty.body());
        HttpResponse<String> garbage =
                cmi5.importPackage("not a zip".getBytes(StandardCharsets.UTF_8), "application/zip", TCOLE);
        assertEquals(400, garbage.statusCode(), garbage.body());
        assertEquals(400, client.send(client.admin("cmi5/courses/abc").GET()).statusCode());
        assertEquals(
                404, client.send(client.admin("cmi5/courses/987654321").GET()).statusCode());
    }
}
