package org.alerrt.tracker.it;

import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.entries;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.example;
import static org.alerrt.tracker.cmi5.adapters.packaging.Cmi5Packages.zip;
import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTrackerInBrowser;
import org.alerrt.tracker.testsupport.Browser;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 11, finding 5: a course package's script, opened by a signed-in administrator, must not be able to use the
 * administrator's session. The test server's content origin is {@code http://127.0.0.1:8081} and its pages are on
 * {@code http://127.0.0.1:8080} (failsafe configuration): same host, so the browser sends the session cookie to
 * both, and same site, so SameSite does not hold it back either. What stops the script is the origin: no CORS on
 * {@code /api} and the pages, the Origin check of state-changing requests, and nothing of the application on the
 * content origin.
 */
class ContentOriginBrowserIT extends AgainstDeployedTrackerInBrowser {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String AU = "https://tracker.alerrt.org/test/cmi5/hostile-course/au-1";
    /** The name of the credential a cmi5 fetch issues. */
    private static final String LAUNCH_CREDENTIAL = "cmi5 session ";

    private long importHostileCourse() {
        String dir = "hostile-course/";
        byte[] pkg = zip(entries(
                "cmi5.xml",
                example(dir + "cmi5.xml"),
                "index.html",
                example(dir + "index.html"),
                "hostile.js",
                example(dir + "hostile.js"),
                "attack.js",
                example(dir + "attack.js"),
                "au.js",
                example("browser-course/au.js")));
        HttpResponse<String> created = client.send(client.admin("cmi5/courses?tcoleNumber=3311")
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pkg)));
        assertEquals(201, created.statusCode(), created.body());
        return object(created.body()).getJsonNumber("id").longValue();
    }

    /** The launch URL of a new registration, as the admin API gives it to an administrator trying a course. */
    private JsonObject launch(long courseId) {
        HttpResponse<String> registered = client.send(client.admin("cmi5/registrations")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"courseId": %d, "firstName": "Morgan", "lastName": "Ellis",
                         "actor": {"objectType": "Agent", "account": {"homePage": "https://tracker.alerrt.org",
                                   "name": "officer-%s"}}}""".formatted(courseId, UUID.randomUUID()))));
        assertEquals(201, registered.statusCode(), registered.body());
        String registration = object(registered.body()).getString("registration");
        HttpResponse<String> launched = client.send(client.admin("cmi5/registrations/" + registration + "/launch")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"au\": \"" + AU + "\"}")));
        assertEquals(200, launched.statusCode(), launched.body());
        return object(launched.body());
    }

    private List<String> credentialNames() {
        HttpResponse<String> r = client.send(client.admin("lrs/credentials").GET());
        assertEquals(200, r.statusCode(), r.body());
        return array(r.body()).stream()
                .map(v -> v.asJsonObject().getString("name"))
                .toList();
    }

    private List<String> verbs(String registration) {
        HttpResponse<String> r =
                client.send(client.xapi("statements?ascending=true&limit=100&registration=" + registration)
                        .GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body()).getJsonArray("statements").stream()
                .map(v -> v.asJsonObject().getJsonObject("verb").getString("id"))
                .map(id -> id.substring(id.lastIndexOf('/') + 1))
                .toList();
    }

    private String body(String attribute) {
        return browser.findElement(By.tagName("body")).getAttribute(attribute);
    }

    /** The hostile script's {@code createCredential}, run in the administrator's own tab (the pages' origin). */
    private String createCredentialFromThePages(String name) {
        String hostile = new String(example("hostile-course/hostile.js"), StandardCharsets.UTF_8);
        Object seen = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        hostile
                                + "\nhostile.createCredential(window.location.origin, arguments[0]).then(arguments[1]);",
                        name);
        return String.valueOf(seen);
    }

    @Test
    void aPackageScriptCannotUseTheSignedInAdministratorsSessionAndHonestContentStillTracks() {
        long courseId = importHostileCourse();
        JsonObject launched = launch(courseId);
        String url = launched.getString("url");
        assertTrue(url.startsWith(TrackerClient.CONTENT_URL + "/content/"), url);
        String registration = url.replaceAll(".*[?&]registration=([^&]+).*", "$1");

        Browser.signIn(browser, PUBLIC_URL, TrackerClient.ADMIN, TrackerClient.ADMIN_PASSWORD);
        browser.get(PUBLIC_URL + "/admin/credentials");
        assertTrue(browser.getCurrentUrl().endsWith("/admin/credentials"), "signed in: " + browser.getCurrentUrl());

        // the control: the same request from the pages' origin is honoured, so a refusal below is the origin's doing
        String control = "control-" + UUID.randomUUID();
        String fromPages = createCredentialFromThePages(control);
        assertTrue(fromPages.startsWith("read 201"), fromPages);
        assertTrue(credentialNames().contains(control));

        List<String> before = credentialNames().stream()
                .filter(n -> !n.startsWith(LAUNCH_CREDENTIAL))
                .toList();
        browser.get(url);
        try {
            new WebDriverWait(browser, PATIENCE).until(b -> body("data-attack") != null);
        } catch (TimeoutException e) {
            throw new AssertionError("the hostile script did not finish: " + browser.getPageSource(), e);
        }
        JsonObject attack = object(body("data-attack"));

        // the API: a preflighted request gets no CORS answer; one without a preflight or a form post is refused
        // (Origin check) and unreadable
        assertTrue(attack.getString("apiJson").startsWith("failed"), attack.toString());
        assertEquals("opaque", attack.getString("apiUnasked"), attack.toString());
        assertTrue(attack.getString("apiForm").startsWith("unreadable"), attack.toString());
        // an admin page: not readable by fetch, nor in a frame
        assertTrue(attack.getString("adminPage").startsWith("failed"), attack.toString());
        assertTrue(attack.getString("adminPageInFrame").startsWith("unreadable"), attack.toString());
        // its own origin carries the cookie too, and answers nothing of the application
        assertTrue(attack.getString("ownOriginApi").startsWith("read 404"), attack.toString());
        assertTrue(attack.getString("ownOriginAdminPage").startsWith("read 404"), attack.toString());
        List<String> after = credentialNames();
        assertTrue(after.stream().noneMatch(n -> n.startsWith("stolen")), after.toString());
        assertEquals(
                before,
                after.stream().filter(n -> !n.startsWith(LAUNCH_CREDENTIAL)).toList(),
                "no credential but the AU's launch credential (its fetch, §8.2) was created");

        // the honest part of the package still tracks: fetch, statements to /xapi through CORS, terminated
        try {
            new WebDriverWait(browser, PATIENCE)
                    .until(b -> "done"
                                    .equals(browser.findElement(By.id("status")).getText())
                            || browser.findElement(By.id("status")).getText().startsWith("error"));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "the AU did not finish: "
                            + browser.findElement(By.id("log")).getText(),
                    e);
        }
        assertEquals(
                "done",
                browser.findElement(By.id("status")).getText(),
                browser.findElement(By.id("log")).getText());
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> verbs(registration).contains("terminated"));
        assertEquals(
                List.of("launched", "initialized", "passed", "completed", "terminated"),
                verbs(registration).stream().filter(v -> !v.equals("satisfied")).toList());
    }
}
