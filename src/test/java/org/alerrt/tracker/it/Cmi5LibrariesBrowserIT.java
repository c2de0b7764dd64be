package org.alerrt.tracker.it;

import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.au;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.block;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.course;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.zip;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.Browser;
import org.alerrt.tracker.testsupport.ForwardProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * cmi5 AUs built the way field content is built, on the two common JavaScript cmi5 libraries as published on the
 * npm registry ({@code src/test/cmi5-aus}: the build installs them with {@code npm ci}), taken in headless Chromium
 * through the learner portal and through the admin API's launch URL, in each launch mode, passing, failing,
 * abandoned and waived, and from another origin than the tracker's. Each case checks what the LRS stored, in
 * {@code stored} order, and what it gave the learner.
 */
class Cmi5LibrariesBrowserIT extends AgainstDeployedTracker {

    /** The browser reaches the tracker at its public URL through {@link ForwardProxy}, as in Cmi5PortalBrowserIT. */
    private static final String PUBLIC_URL = "http://127.0.0.1:8080";

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PASS = "{\"outcome\": \"pass\", \"score\": 0.9}";
    private static final String MASTERY = "masteryScore=\"0.8\"";
    private static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    private static final String MASTERY_SCORE = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";

    /** A test AU: its page and script in {@code src/test/cmi5-aus/<dir>} and its library's browser bundle. */
    enum Library {
        RUSTICI("rustici", "@rusticisoftware/cmi5/dist/cmi5.js"),
        XAPIJS("xapijs", "@xapi/cmi5/dist/Cmi5.umd.js");

        final String dir;
        final String bundle;

        Library(String dir, String bundle) {
            this.dir = dir;
            this.bundle = bundle;
        }

        /** The AU's files by path: index.html, page.js, au.js and lib/ with the bundle from node_modules. */
        Map<String, byte[]> files() {
            Path aus = Path.of(System.getProperty("tracker.testAus", "src/test/cmi5-aus"));
            Path library = aus.resolve("node_modules").resolve(bundle);
            if (!Files.isRegularFile(library)) {
                throw new IllegalStateException(library + " is missing: the build installs it (npm ci in " + aus + ")");
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("index.html", read(aus.resolve(dir).resolve("index.html")));
            files.put("page.js", read(aus.resolve("page.js")));
            files.put("au.js", read(aus.resolve(dir).resolve("au.js")));
            files.put("lib/" + library.getFileName(), read(library));
            return files;
        }

        private static byte[] read(Path file) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    ForwardProxy proxy;
    WebDriver browser;
    /** Serves the AUs from another origin (http://127.0.0.1:port/<dir>/...) than the tracker's. */
    HttpServer otherOrigin;

    @BeforeEach
    void start() throws IOException {
        otherOrigin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (Library library : Library.values()) {
            Map<String, byte[]> files = library.files();
            otherOrigin.createContext("/" + library.dir + "/", exchange -> {
                try (exchange) {
                    byte[] file = files.get(exchange.getRequestURI().getPath().substring(library.dir.length() + 2));
                    if (file == null) {
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                    String path = exchange.getRequestURI().getPath();
                    exchange.getResponseHeaders()
                            .set(
                                    "Content-Type",
                                    path.endsWith(".html")
                                            ? "text/html;charset=UTF-8"
                                            : "text/javascript;charset=UTF-8");
                    exchange.sendResponseHeaders(200, file.length);
                    exchange.getResponseBody().write(file);
                }
            });
        }
        otherOrigin.start();
        proxy = new ForwardProxy(client.base());
        browser = Browser.start(proxy.chromiumArguments(otherOriginHost()));
    }

    @AfterEach
    void stop() {
        browser.quit();
        proxy.close();
        otherOrigin.stop(0);
    }

    private String otherOriginHost() {
        return "127.0.0.1:" + otherOrigin.getAddress().getPort();
    }

    // --- course, learner, registration and launch through the admin API ---

    private static String courseId(Library library) {
        return "https://tracker.alerrt.org/test/cmi5/libraries/" + library.dir + "/" + UUID.randomUUID();
    }

    /** A course of one block with one AU (url index.html, attributes, launchParameters), packaged with the library. */
    private long importCourse(Library library, String courseId, String auAttributes, String launchParameters) {
        String xml = course(
                courseId,
                block(courseId + "/block", au(courseId + "/au", "index.html", auAttributes, launchParameters)));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("cmi5.xml", xml.getBytes(StandardCharsets.UTF_8));
        entries.putAll(library.files());
        return imported(client.send(client.admin("cmi5/courses?tcoleNumber=3311")
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(entries)))));
    }

    private static long imported(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return object(created.body()).getJsonNumber("id").longValue();
    }

    private long learner(String username, String password) {
        HttpResponse<String> created = client.send(client.admin("learners")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        """
                        {"firstName": "Avery", "lastName": "Castillo", "pid": "%s", "agency": "Travis County SO",
                         "actor": {"mbox": "mailto:%s@example.org"}, "username": "%s", "password": "%s"}""".formatted(1000000 + (int) (Math.random() * 8999999), username, username, password))));
        assertEquals(201, created.statusCode(), created.body());
        return object(created.body()).getJsonNumber("id").longValue();
    }

    /** A registration made through the admin API for a new learner with an account actor (§9.2). */
    private JsonObject register(long courseId) {
        HttpResponse<String> created = client.send(client.admin("cmi5/registrations")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"courseId": %d, "firstName": "Riley", "lastName": "Nguyen",
                         "actor": {"objectType": "Agent", "account": {"homePage": "https://tracker.alerrt.org",
                                   "name": "officer-%s"}}}""".formatted(courseId, UUID.randomUUID()))));
        assertEquals(201, created.statusCode(), created.body());
        return object(created.body());
    }

    /** The admin API's launch: {"url", "sessionId"}. */
    private JsonObject launch(String registration, String au, String mode) {
        HttpResponse<String> launched = client.send(client.admin("cmi5/registrations/" + registration + "/launch")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"au\": \"%s\", \"launchMode\": \"%s\"}".formatted(au, mode))));
        assertEquals(200, launched.statusCode(), launched.body());
        return object(launched.body());
    }

    private JsonObject progress(String registration) {
        return object(
                client.send(client.admin("cmi5/registrations/" + registration).GET())
                        .body());
    }

    private void awaitCompletion(long learnerId, String outcome) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonArray completions = cmi5.completionsOf(learnerId);
            assertEquals(1, completions.size(), completions.toString());
            assertEquals(outcome, completions.getJsonObject(0).getString("outcome"), completions.toString());
        });
    }

    // --- the AU in the browser ---

    private String auState() {
        return browser.findElement(By.tagName("body")).getAttribute("data-state");
    }

    /** Waits until the AU shows {@code state}; an AU error fails the test with what the AU says. */
    private void awaitAu(String state) {
        try {
            new WebDriverWait(browser, PATIENCE)
                    .ignoring(StaleElementReferenceException.class)
                    .until(b -> state.equals(auState()) || "error".equals(auState()));
        } catch (TimeoutException e) {
            throw new AssertionError("the AU did not reach '" + state + "': " + auLog(), e);
        }
        assertEquals(state, auState(), auLog());
    }

    private String auLog() {
        WebElement body = browser.findElement(By.tagName("body"));
        return "state " + body.getAttribute("data-state") + ", error " + body.getAttribute("data-error") + ", log: "
                + browser.findElement(By.id("log")).getText().replace('\n', '|');
    }

    // --- what the LRS stored ---

    private List<JsonObject> statementsOf(String registration) {
        HttpResponse<String> r =
                client.send(client.xapi("statements?ascending=true&limit=100&registration=" + registration)
                        .GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body()).getJsonArray("statements").stream()
                .map(v -> v.asJsonObject())
                .toList();
    }

    private static String verb(JsonObject statement) {
        String id = statement.getJsonObject("verb").getString("id");
        return id.substring(id.lastIndexOf('/') + 1);
    }

    private static JsonObject first(List<JsonObject> statements, String verb) {
        return statements.stream().filter(s -> verb(s).equals(verb)).findFirst().orElseThrow();
    }

    /**
     * Waits until the registration has as many statements as {@code verbs} (the LMS's "satisfied" may follow
     * later), then asserts their verbs in that order and that the listing is in {@code stored} order.
     */
    private List<JsonObject> assertStored(String registration, String... verbs) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> statementsOf(registration).size() >= verbs.length);
        List<JsonObject> all = statementsOf(registration);
        assertEquals(
                List.of(verbs), all.stream().map(Cmi5LibrariesBrowserIT::verb).toList(), all.toString());
        for (int i = 1; i < all.size(); i++) {
            OffsetDateTime before = OffsetDateTime.parse(all.get(i - 1).getString("stored"));
            OffsetDateTime after = OffsetDateTime.parse(all.get(i).getString("stored"));
            assertFalse(after.isBefore(before), "ascending=true lists in stored order: " + all);
        }
        return all;
    }

    /** The AU's statements carry its launch's session id and registration (§9.6.1, §9.6.3.1). */
    private static void assertOneSession(List<JsonObject> statements, String registration) {
        String sessionId = first(statements, "launched")
                .getJsonObject("context")
                .getJsonObject("extensions")
                .getString(SESSION_ID);
        for (JsonObject s : statements) {
            if (!verb(s).equals("satisfied")) {
                assertEquals(registration, s.getJsonObject("context").getString("registration"), s.toString());
                assertEquals(
                        sessionId,
                        s.getJsonObject("context").getJsonObject("extensions").getString(SESSION_ID),
                        s.toString());
            }
        }
    }

    private static void assertScaled(JsonObject statement, double scaled) {
        assertEquals(
                scaled,
                statement
                        .getJsonObject("result")
                        .getJsonObject("score")
                        .getJsonNumber("scaled")
                        .doubleValue(),
                1e-9,
                statement.toString());
        assertEquals(
                0.8,
                statement
                        .getJsonObject("context")
                        .getJsonObject("extensions")
                        .getJsonNumber(MASTERY_SCORE)
                        .doubleValue(),
                1e-9,
                "§9.6.3.2: " + statement);
    }

    // --- the cases ---

    /**
     * A learner signs in, starts the course on My courses and launches the AU (Normal); the AU passes (0.9 against
     * masteryScore 0.8), completes and terminates, and links back to the portal, which shows the course satisfied;
     * the completion is PASSED.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Library.class)
    void aLearnerPassesThroughThePortal(Library library) {
        String id = courseId(library);
        long courseId = importCourse(library, id, "moveOn=\"CompletedAndPassed\" " + MASTERY, PASS);
        String username = "avery" + UUID.randomUUID().toString().substring(0, 8);
        long learnerId = learner(username, "learner-pass-7");
        Browser.signIn(browser, PUBLIC_URL, username, "learner-pass-7");
        browser.get(PUBLIC_URL + "/learner/courses");
        portalCourse(courseId).findElement(By.cssSelector("input.start")).click();
        new WebDriverWait(browser, PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .until(b -> "IN_PROGRESS".equals(portalCourse(courseId).getAttribute("data-state")));
        String registration = portalCourse(courseId).getAttribute("data-registration");

        portalCourse(courseId)
                .findElement(By.cssSelector("input[data-au='" + id + "/au'][data-mode='Normal']"))
                .click();
        awaitAu("done");
        List<JsonObject> stored = assertStored(
                registration, "launched", "initialized", "passed", "completed", "satisfied", "satisfied", "terminated");
        assertOneSession(stored, registration);
        assertScaled(first(stored, "passed"), 0.9);
        assertTrue(first(stored, "completed").getJsonObject("result").getBoolean("completion"));

        browser.findElement(By.id("return")).click();
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.urlToBe(PUBLIC_URL + "/learner/courses"));
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> {
                    browser.navigate().refresh();
                    return "SATISFIED".equals(portalCourse(courseId).getAttribute("data-state"));
                });
        awaitCompletion(learnerId, "PASSED");
    }

    private WebElement portalCourse(long courseId) {
        return new WebDriverWait(browser, PATIENCE)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("course-" + courseId)));
    }

    /**
     * The admin API's launch URL opened directly: the AU fails (0.5 against masteryScore 0.8), so the course is
     * failed; an administrator then waives the AU, which satisfies block and course: the completion becomes PASSED.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Library.class)
    void anAdminLaunchedAuFailsAndIsThenWaived(Library library) {
        String id = courseId(library);
        long courseId =
                importCourse(library, id, "moveOn=\"Passed\" " + MASTERY, "{\"outcome\": \"fail\", \"score\": 0.5}");
        JsonObject registration = register(courseId);
        String r = registration.getString("registration");
        browser.get(launch(r, id + "/au", "Normal").getString("url"));
        awaitAu("done");
        List<JsonObject> stored = assertStored(r, "launched", "initialized", "failed", "terminated");
        assertOneSession(stored, r);
        assertScaled(first(stored, "failed"), 0.5);
        assertFalse(first(stored, "failed").getJsonObject("result").getBoolean("success"));
        long learnerId = registration.getJsonNumber("learnerId").longValue();
        awaitCompletion(learnerId, "FAILED");

        HttpResponse<String> waived = client.send(client.admin("cmi5/registrations/" + r + "/waive")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"au\": \"" + id + "/au\", \"reason\": \"Equivalent Outside Activity\"}")));
        assertEquals(200, waived.statusCode(), waived.body());
        assertStored(r, "launched", "initialized", "failed", "terminated", "waived", "satisfied", "satisfied");
        assertTrue(progress(r).getBoolean("satisfied"));
        awaitCompletion(learnerId, "PASSED");
    }

    /** §10.2.2: launched in Browse, then in Review, the AU sends only initialized and terminated; nothing moves on. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Library.class)
    void browseAndReviewRecordNoProgress(Library library) {
        String id = courseId(library);
        long courseId = importCourse(library, id, "moveOn=\"CompletedAndPassed\" " + MASTERY, PASS);
        String r = register(courseId).getString("registration");
        for (String mode : List.of("Browse", "Review")) {
            browser.get(launch(r, id + "/au", mode).getString("url"));
            awaitAu("done");
        }
        List<JsonObject> stored =
                assertStored(r, "launched", "initialized", "terminated", "launched", "initialized", "terminated");
        assertEquals(
                List.of("Browse", "Review"),
                stored.stream()
                        .filter(s -> verb(s).equals("launched"))
                        .map(l -> l.getJsonObject("context")
                                .getJsonObject("extensions")
                                .getString("https://w3id.org/xapi/cmi5/context/extensions/launchmode"))
                        .toList());
        JsonObject progress = progress(r);
        assertFalse(progress.getBoolean("satisfied"), progress.toString());
        assertFalse(progress.getJsonArray("aus").getJsonObject(0).getBoolean("satisfied"), progress.toString());
    }

    /**
     * An AU left open is abandoned by the next launch (§9.3.6): what it sends afterwards is refused, and it says
     * so; the second session is abandoned through the admin API.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Library.class)
    void anOpenSessionIsAbandoned(Library library) {
        String id = courseId(library);
        long courseId = importCourse(library, id, "moveOn=\"Completed\"", "{\"outcome\": \"hold\"}");
        String r = register(courseId).getString("registration");
        browser.get(launch(r, id + "/au", "Normal").getString("url"));
        awaitAu("holding");

        JsonObject second = launch(r, id + "/au", "Normal");
        assertStored(r, "launched", "initialized", "abandoned", "launched");
        browser.findElement(By.id("exit")).click();
        awaitAuError();

        browser.get(second.getString("url"));
        awaitAu("holding");
        HttpResponse<String> abandoned = client.send(
                client.admin("cmi5/registrations/" + r + "/sessions/" + second.getString("sessionId") + "/abandon")
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, abandoned.statusCode(), abandoned.body());
        List<JsonObject> stored =
                assertStored(r, "launched", "initialized", "abandoned", "launched", "initialized", "abandoned");
        assertTrue(stored.get(5).getJsonObject("result").containsKey("duration"), "§9.3.6: " + stored.get(5));
    }

    /** The session is over: the AU's "terminated" is refused and the library reports the failure. */
    private void awaitAuError() {
        try {
            new WebDriverWait(browser, PATIENCE).until(b -> "error".equals(auState()));
        } catch (TimeoutException e) {
            throw new AssertionError("the AU was not refused: " + auLog(), e);
        }
    }

    /**
     * An AU served from another origin (a second port) than the tracker: it POSTs to the fetch URL and sends its
     * statements across origins (CORS), passes and completes, and the course is satisfied.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Library.class)
    void anAuFromAnotherOriginTakesItsTokenAcrossOrigins(Library library) {
        String id = courseId(library);
        String url = "http://" + otherOriginHost() + "/" + library.dir + "/index.html";
        String xml =
                course(id, block(id + "/block", au(id + "/au", url, "moveOn=\"CompletedAndPassed\" " + MASTERY, PASS)));
        long courseId = imported(client.send(client.admin("cmi5/courses?tcoleNumber=3311")
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml))));
        JsonObject registration = register(courseId);
        String r = registration.getString("registration");
        String launchUrl = launch(r, id + "/au", "Normal").getString("url");
        assertTrue(launchUrl.startsWith(url + "?"), launchUrl);

        browser.get(launchUrl);
        awaitAu("done");
        List<JsonObject> stored = assertStored(
                r, "launched", "initialized", "passed", "completed", "satisfied", "satisfied", "terminated");
        assertOneSession(stored, r);
        assertTrue(progress(r).getBoolean("satisfied"));
        awaitCompletion(registration.getJsonNumber("learnerId").longValue(), "PASSED");
    }

    /**
     * §9.3.4: a "passed" without a score is a pass whatever the masteryScore (the score is optional; only a
     * reported scaled score must reach it). Only @rusticisoftware/cmi5 sends one: @xapi/cmi5 refuses, in the
     * browser, to pass without a score when the AU has a masteryScore.
     */
    @Test
    void anUnscoredPassSatisfiesTheCourse() {
        String id = courseId(Library.RUSTICI);
        long courseId =
                importCourse(Library.RUSTICI, id, "moveOn=\"Passed\" " + MASTERY, "{\"outcome\": \"pass-unscored\"}");
        JsonObject registration = register(courseId);
        String r = registration.getString("registration");
        browser.get(launch(r, id + "/au", "Normal").getString("url"));
        awaitAu("done");
        List<JsonObject> stored =
                assertStored(r, "launched", "initialized", "passed", "satisfied", "satisfied", "terminated");
        assertFalse(first(stored, "passed").getJsonObject("result").containsKey("score"));
        awaitCompletion(registration.getJsonNumber("learnerId").longValue(), "PASSED");
    }
}
