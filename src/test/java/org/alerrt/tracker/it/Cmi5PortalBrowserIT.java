package org.alerrt.tracker.it;

import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.entries;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.example;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.zip;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.alerrt.tracker.testsupport.AgainstDeployedTrackerInBrowser;
import org.alerrt.tracker.testsupport.Browser;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner takes a cmi5 course in a real browser: signs in, starts the course on "My courses", launches the AU,
 * whose own JavaScript (test resource {@code cmi5/browser-course}) runs fetch (§8.2), LMS.LaunchData (§10),
 * initialized, passed, completed, terminated (§9.3) and returns through returnURL; the portal then shows the AU,
 * block and course satisfied (§9.3.9), and the completion is certified and verifiable.
 */
class Cmi5PortalBrowserIT extends AgainstDeployedTrackerInBrowser {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String AU = "https://tracker.alerrt.org/test/cmi5/browser-course/au-1";
    private static final String BLOCK = "https://tracker.alerrt.org/test/cmi5/browser-course/block-1";

    private long importBrowserCourse() {
        return importBrowserCourse(xml -> xml);
    }

    /** The test course package, its cmi5.xml changed by {@code edit}. */
    private long importBrowserCourse(UnaryOperator<String> edit) {
        String dir = "browser-course/";
        String xml = edit.apply(new String(example(dir + "cmi5.xml"), StandardCharsets.UTF_8));
        byte[] pkg = zip(
                entries("cmi5.xml", xml, "index.html", example(dir + "index.html"), "au.js", example(dir + "au.js")));
        HttpResponse<String> created = client.send(client.admin("cmi5/courses?tcoleNumber=3311")
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pkg)));
        assertEquals(201, created.statusCode(), created.body());
        return object(created.body()).getJsonNumber("id").longValue();
    }

    private long learner(String email, String pid, String username, String password) {
        HttpResponse<String> created = client.send(client.admin("learners")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"firstName": "Jordan", "lastName": "Reyes", "pid": "%s", "agency": "Hays County SO",
                         "actor": {"mbox": "mailto:%s"}, "username": "%s", "password": "%s"}""".formatted(pid, email, username, password))));
        assertEquals(201, created.statusCode(), created.body());
        return object(created.body()).getJsonNumber("id").longValue();
    }

    private void signIn(String username, String password) {
        Browser.signIn(browser, PUBLIC_URL, username, password);
    }

    private WebElement course(long courseId) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("course-" + courseId)));
    }

    private String state(long courseId) {
        return course(courseId).getAttribute("data-state");
    }

    private String row(long courseId, String id) {
        return course(courseId)
                .findElement(By.cssSelector("tr[data-id='" + id + "']"))
                .getAttribute("data-satisfied");
    }

    private static final String CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    private static final String MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon";

    private JsonArray statementsOf(String registration) {
        HttpResponse<String> r =
                client.send(client.xapi("statements?ascending=true&limit=100&registration=" + registration)
                        .GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body()).getJsonArray("statements");
    }

    private static String verb(JsonObject statement) {
        String id = statement.getJsonObject("verb").getString("id");
        return id.substring(id.lastIndexOf('/') + 1);
    }

    private static List<String> categories(JsonObject statement) {
        JsonObject ca = statement.getJsonObject("context").getJsonObject("contextActivities");
        return ca == null || !ca.containsKey("category")
                ? List.of()
                : ca.getJsonArray("category").stream()
                        .map(v -> v.asJsonObject().getString("id"))
                        .toList();
    }

    /** What the AU sent, in order, follows cmi5 §9.3, §9.5 and §9.6.2. */
    private void assertTheAuFollowedCmi5(String registration) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> statementsOf(registration).stream()
                                .filter(v -> verb(v.asJsonObject()).equals("satisfied"))
                                .count()
                        == 2);
        List<JsonObject> all =
                statementsOf(registration).stream().map(v -> v.asJsonObject()).toList();
        assertEquals(
                List.of("launched", "initialized", "passed", "completed", "terminated"),
                all.stream()
                        .map(Cmi5PortalBrowserIT::verb)
                        .filter(v -> !v.equals("satisfied"))
                        .toList());
        JsonObject passed =
                all.stream().filter(v -> verb(v).equals("passed")).findFirst().orElseThrow();
        assertTrue(passed.getJsonObject("result").getBoolean("success"), "§9.5.2");
        assertTrue(
                passed.getJsonObject("result")
                                .getJsonObject("score")
                                .getJsonNumber("scaled")
                                .doubleValue()
                        >= 0.8,
                "§9.3.4: scaled >= masteryScore");
        assertTrue(passed.getJsonObject("result").containsKey("duration"), "§9.5.4.1");
        assertTrue(categories(passed).containsAll(List.of(CMI5, MOVE_ON)), "§9.6.2.1, §9.6.2.2");
        JsonObject completed = all.stream()
                .filter(v -> verb(v).equals("completed"))
                .findFirst()
                .orElseThrow();
        assertTrue(completed.getJsonObject("result").getBoolean("completion"), "§9.5.3");
        assertTrue(completed.getJsonObject("result").containsKey("duration"), "§9.5.4.1");
        assertFalse(completed.getJsonObject("result").containsKey("success"), "§9.5.2");
        assertTrue(categories(completed).containsAll(List.of(CMI5, MOVE_ON)));
        for (String v : List.of("initialized", "terminated")) {
            JsonObject s =
                    all.stream().filter(x -> verb(x).equals(v)).findFirst().orElseThrow();
            assertTrue(categories(s).contains(CMI5) && !categories(s).contains(MOVE_ON), v + ": " + s);
        }
        JsonObject terminated = all.stream()
                .filter(v -> verb(v).equals("terminated"))
                .findFirst()
                .orElseThrow();
        assertTrue(terminated.getJsonObject("result").containsKey("duration"), "§9.5.4.1");
    }

    @Test
    void aLearnerTakesTheCourseInTheBrowserAndGetsAVerifiableCertificate() {
        long courseId = importBrowserCourse();
        String username = "jordan" + UUID.randomUUID().toString().substring(0, 8);
        long learnerId = learner("jordan-" + UUID.randomUUID() + "@example.org", "4567123", username, "learner-pass-9");

        signIn(username, "learner-pass-9");
        browser.findElement(By.id("nav-my-courses")).click();
        assertEquals("NOT_STARTED", state(courseId));
        assertTrue(course(courseId).getText().contains("3311"), "the catalogue course's TCOLE number is shown");

        course(courseId).findElement(By.cssSelector("input.start")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(b -> "IN_PROGRESS".equals(state(courseId)));
        assertEquals("false", row(courseId, AU));

        WebElement launch =
                course(courseId).findElement(By.cssSelector("input[data-au='" + AU + "'][data-mode='Normal']"));
        launch.click();
        try {
            // AnyWindow: the AU replaces the portal; after "terminated" it goes back to returnURL (the portal). The
            // portal's address right after the click is no sign of that return: first wait until the portal is gone
            new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.stalenessOf(launch));
            new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.urlContains("/learner/courses"));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "the AU did not return to the portal; it says: "
                            + browser.findElement(By.id("log")).getText(),
                    e);
        }
        // moveOn and "satisfied" run in the outbox: reload until the portal shows them
        try {
            await().atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .until(() -> {
                        browser.navigate().refresh();
                        return "SATISFIED".equals(state(courseId));
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    "the portal never showed SATISFIED; the browser shows " + browser.getCurrentUrl() + " \""
                            + browser.getTitle() + "\"; health: "
                            + client.send(client.anonymous("")
                                            .uri(URI.create(client.base()).resolve("/health"))
                                            .GET())
                                    .body(),
                    e);
        }
        assertEquals("true", row(courseId, AU));
        assertEquals("true", row(courseId, BLOCK));
        String auRow = course(courseId)
                .findElement(By.cssSelector("tr[data-id='" + AU + "']"))
                .getText();
        assertTrue(auRow.contains("completed") && auRow.contains("passed"), auRow);
        assertFalse(
                course(courseId)
                        .findElements(By.cssSelector("input[data-mode='Review']"))
                        .isEmpty(),
                "a satisfied AU offers Review (§10.2.2)");
        assertTheAuFollowedCmi5(course(courseId).getAttribute("data-registration"));

        // the generated account actor maps back to this learner: PASSED with the catalogue hours
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !cmi5.completionsOf(learnerId).isEmpty());
        JsonObject completion = cmi5.completionsOf(learnerId).getJsonObject(0);
        assertEquals("PASSED", completion.getString("outcome"));
        assertEquals("3311", completion.getString("tcoleNumber"));
        assertEquals(16, completion.getInt("creditHours"));

        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !cmi5.certificatesOf(learnerId).isEmpty());
        String code = cmi5.certificatesOf(learnerId).getJsonObject(0).getString("code");
        HttpResponse<String> verified =
                client.send(client.anonymous("/api/verify/" + code).GET());
        assertEquals(200, verified.statusCode(), verified.body());
        assertEquals("VALID", object(verified.body()).getString("status"));

        browser.findElement(By.id("my-training-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("completions")));
        assertTrue(browser.getPageSource().contains(code), "the certificate is on the learner's training page");
    }

    /**
     * §13.1.4: an OwnWindow AU opens in a new window and the portal stays; §10.2.2: in Browse mode the AU sends only
     * initialized and terminated, and nothing becomes satisfied.
     */
    @Test
    void anOwnWindowAuOpensInANewWindowAndBrowseRecordsNoProgress() {
        String id = "browser-course-" + UUID.randomUUID();
        String au = AU.replace("browser-course", id);
        long courseId = importBrowserCourse(xml ->
                xml.replace("browser-course", id).replace("launchMethod=\"AnyWindow\"", "launchMethod=\"OwnWindow\""));
        String username = "casey" + UUID.randomUUID().toString().substring(0, 8);
        learner("casey-" + UUID.randomUUID() + "@example.org", "4567124", username, "learner-pass-8");
        signIn(username, "learner-pass-8");
        browser.get(PUBLIC_URL + "/learner/courses");
        course(courseId).findElement(By.cssSelector("input.start")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(b -> "IN_PROGRESS".equals(state(courseId)));
        String registration = course(courseId).getAttribute("data-registration");
        String portal = browser.getWindowHandle();

        course(courseId)
                .findElement(By.cssSelector("input[data-au='" + au + "'][data-mode='Browse']"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> b.getWindowHandles().size() == 2);
        assertTrue(browser.getCurrentUrl().contains("/learner/courses"), "the portal window stays");
        String auWindow = browser.getWindowHandles().stream()
                .filter(h -> !h.equals(portal))
                .findFirst()
                .orElseThrow();
        browser.switchTo().window(auWindow);
        try {
            new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.urlContains("/learner/courses"));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "the AU did not return: "
                            + browser.findElement(By.id("log")).getText(),
                    e);
        }
        List<String> verbs = statementsOf(registration).stream()
                .map(v -> verb(v.asJsonObject()))
                .toList();
        assertEquals(List.of("launched", "initialized", "terminated"), verbs);
        browser.switchTo().window(portal);
        browser.navigate().refresh();
        assertEquals("IN_PROGRESS", state(courseId));
        assertEquals("false", row(courseId, au));
    }
}
