package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.Browser;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pages in a real headless Chromium: public verification, admin and learner journeys. */
class PagesBrowserIT extends AgainstDeployedTracker {

    WebDriver browser;

    @BeforeEach
    void start() {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        browser.quit();
    }

    private String page(String path) {
        return client.base() + path;
    }

    private String text(String id) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)))
                .getText();
    }

    /** A learner with a sign-in who passed Fire as a Weapon; returns the certificate's verification code. */
    private String certifiedOfficer(String email, String pid, String username, String password) {
        return client.certifiedOfficer("""
                {"firstName": "Maria", "lastName": "Gonzalez", "pid": "%s", "agency": "San Marcos PD",
                 "actor": {"mbox": "mailto:%s"}, "username": "%s", "password": "%s"}""".formatted(pid, email, username, password), email, "Maria Gonzalez");
    }

    private void signIn(String username, String password) {
        Browser.signIn(browser, page(""), username, password);
    }

    @Test
    void anAgencyVerifiesARealCertificateWithoutSigningIn() {
        String code = certifiedOfficer(
                "verify-" + UUID.randomUUID() + "@example.org",
                "5678901",
                "maria" + UUID.randomUUID().toString().substring(0, 8),
                "learner-pass-1");
        browser.get(page("/verify/" + code));
        assertTrue(text("certificate-status").toUpperCase().contains("VALID"));
        assertTrue(text("certificate-name").contains("Maria")
                && text("certificate-name").contains("Gonzalez"));
        String pid = text("certificate-pid");
        assertFalse(pid.contains("56789"), "the PID is masked on the public page: " + pid);
        assertTrue(pid.endsWith("01"), pid);
        assertTrue(text("certificate-course").contains("Fire as a Weapon"));
        assertTrue(text("certificate-course").contains("3356"));
        assertTrue(text("certificate-hours").contains("4"));
        assertTrue(text("certificate-date").contains("11/18/2026"));

        browser.get(page("/verify/" + code.substring(1) + "Q"));
        assertTrue(text("certificate-not-found").toLowerCase().contains("no certificate"));

        // the code typed into the form: a GET to the code's own address, and no session for the visitor
        browser.get(page("/verify"));
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("check")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/verify/" + code));
        assertTrue(text("certificate-status").toUpperCase().contains("VALID"));
        assertTrue(text("certificate-name").contains("Gonzalez"));
        assertEquals(null, browser.manage().getCookieNamed("JSESSIONID"), "the visitor has no session");
    }

    @Test
    void aVerifierSeesWhyACertificateIsRevokedAndWhoReportsIt() {
        String email = "indirect-" + UUID.randomUUID() + "@example.org";
        String indirect =
                client.certifiedOfficer("""
                {"firstName": "Maria", "lastName": "Gonzalez", "pid": "5678123", "agency": "San Marcos PD",
                 "actor": {"mbox": "mailto:%s"}}""".formatted(email), email, "Maria Gonzalez", client.indirectCourse());
        browser.get(page("/verify/" + indirect));
        assertTrue(text("certificate-reporter").contains("by the officer's agency with this certificate"));
        assertTrue(text("certificate-reporter").contains("ALERRT does not report it"));
        assertEquals("San Marcos PD", text("certificate-agency"));

        String online = certifiedOfficer(
                "revoked-" + UUID.randomUUID() + "@example.org",
                "6781234",
                "maria" + UUID.randomUUID().toString().substring(0, 8),
                "learner-pass-4");
        var revoked = client.send(client.admin("certificates/" + online + "/revoke")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"Credited in error\"}")));
        assertEquals(200, revoked.statusCode(), revoked.body());
        browser.get(page("/verify/" + online));
        assertTrue(text("certificate-status").toUpperCase().contains("REVOKED"));
        assertTrue(text("certificate-reason").contains("Credited in error"));
        assertTrue(text("certificate-reporter").startsWith("Reported to TCOLE by ALERRT"));
    }

    @Test
    void pagesForAdminsNeedTheAdminRole() {
        browser.get(page("/admin/completions"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login"));
        signIn(TrackerClient.ADMIN, TrackerClient.ADMIN_PASSWORD);
        assertTrue(browser.getCurrentUrl().contains("/admin/completions"), browser.getCurrentUrl());
        assertTrue(browser.getPageSource().contains("Completions"));
    }

    @Test
    void anAdminIssuesACredentialThatWorksAndRevokesItOnTheCredentialsPage() {
        String key = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        signIn(TrackerClient.ADMIN, TrackerClient.ADMIN_PASSWORD);
        browser.get(page("/admin/credentials"));
        browser.findElement(By.id("create:name")).sendKeys("Browser journey client");
        browser.findElement(By.id("create:key")).sendKeys(key);
        browser.findElements(By.cssSelector("#create\\:scopes input[type=checkbox]")).stream()
                .filter(box -> "statements/read".equals(box.getAttribute("value")))
                .findFirst()
                .orElseThrow()
                .click();
        browser.findElement(By.id("create:createButton")).click();
        assertEquals(key, text("issuedKey"));
        String secret = text("issuedSecret");
        assertFalse(secret.isBlank());

        HttpRequest.Builder read = client.anonymous("/xapi/statements?limit=1")
                .header("X-Experience-API-Version", "1.0.3")
                .header("Authorization", TrackerClient.basic(key, secret));
        assertEquals(200, client.send(read).statusCode(), "the issued secret signs in to /xapi");

        String row = rowOf(key);
        assertTrue(
                row.contains("Browser journey client") && row.contains("statements/read") && row.contains("active"),
                row);
        WebElement table = browser.findElement(By.id("list:credentials"));
        rowElement(key).findElement(By.cssSelector("input[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.alertIsPresent())
                .accept();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(table));
        assertTrue(rowOf(key).contains("revoked"), rowOf(key));
        assertFalse(browser.getPageSource().contains(secret), "the secret is shown once only");
        assertEquals(401, client.send(read).statusCode(), "a revoked credential is refused at once");
    }

    @Test
    void anAdminChangesAnUpstreamOnThePageAndItsSecretIsKept() {
        String name = "page-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = client.send(client.admin("upstreams")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "%s", "endpoint": "http://127.0.0.1:9/xapi/", "key": "k", "secret": "s",
                         "pull": {"enabled": false, "pollSeconds": 600}}""".formatted(name))));
        assertEquals(201, created.statusCode(), created.body());
        String id = String.valueOf(
                TrackerClient.object(created.body()).getJsonNumber("id").longValue());
        signIn(TrackerClient.ADMIN, TrackerClient.ADMIN_PASSWORD);
        browser.get(page("/admin/upstreams"));
        WebElement row = browser.findElements(By.cssSelector("#list\\:upstreams tbody tr")).stream()
                .filter(tr -> tr.getText().startsWith(name))
                .findFirst()
                .orElseThrow();
        row.findElement(By.cssSelector("input[value=Edit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.attributeToBe(By.id("create:name"), "value", name));
        WebElement poll = browser.findElement(By.id("create:pull_pollSeconds"));
        assertEquals("600", poll.getAttribute("value"));
        poll.clear();
        poll.sendKeys("45");
        browser.findElement(By.id("create:createButton")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(poll));
        String shown = browser.findElement(By.tagName("body")).getText();
        assertTrue(shown.contains("Upstream '" + name + "' saved"), shown);
        JsonObject after = TrackerClient.object(
                client.send(client.admin("upstreams/" + id)).body());
        assertEquals(45, after.getJsonObject("pull").getInt("pollSeconds"));
        assertFalse(after.getJsonObject("pull").getBoolean("enabled"), "a paused upstream stays paused");
        assertEquals(
                1,
                TrackerClient.array(client.send(client.admin("upstreams")).body()).stream()
                        .filter(u -> u.asJsonObject().getString("name").equals(name))
                        .count(),
                "changed, not added");
        assertEquals(204, client.send(client.admin("upstreams/" + id).DELETE()).statusCode());
    }

    private WebElement rowElement(String key) {
        return browser.findElements(By.cssSelector("#list\\:credentials tbody tr")).stream()
                .filter(tr -> tr.getText().startsWith(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + key));
    }

    private String rowOf(String key) {
        return rowElement(key).getText();
    }

    @Test
    void anAdminSeesTheCompletionAndTheQueuedRecord() {
        String email = "admin-view-" + UUID.randomUUID() + "@example.org";
        certifiedOfficer(
                email, "6789012", "maria" + UUID.randomUUID().toString().substring(0, 8), "learner-pass-2");
        signIn(TrackerClient.ADMIN, TrackerClient.ADMIN_PASSWORD);
        browser.get(page("/admin/completions"));
        assertTrue(browser.getPageSource().contains("6789012"), "the admin sees the full PID");
        browser.get(page("/admin/reports"));
        assertTrue(browser.getPageSource().contains("6789012"), "the record is in the TCOLE queue");
        browser.get(page("/admin/learners"));
        assertTrue(browser.getPageSource().contains("Gonzalez"));

        // Fire as a Weapon is not Level 1: the list says when it is due.
        WebElement unfiltered = browser.findElement(By.id("learners:table"));
        browser.findElement(By.id("search:q")).sendKeys("6789012");
        browser.findElement(By.id("search:find")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(unfiltered));
        String table = text("learners:table");
        assertTrue(table.contains("Level 1 (by 08/31/2027)") && table.contains("6789012"), table);
        var badges = browser.findElements(By.cssSelector("#learners\\:table .level1"));
        assertFalse(badges.isEmpty(), table);
        for (var badge : badges) {
            assertTrue(badge.getText().matches("due in \\d+ days|overdue"), badge.getText());
        }
    }

    @Test
    void aLearnerSeesOnlyTheirOwnTrainingAndCertificate() {
        certifiedOfficer(
                "someone-else-" + UUID.randomUUID() + "@example.org",
                "8901234",
                "other" + UUID.randomUUID().toString().substring(0, 8),
                "learner-pass-4");
        String username = "maria" + UUID.randomUUID().toString().substring(0, 8);
        String code = certifiedOfficer(
                "learner-" + UUID.randomUUID() + "@example.org", "7890123", username, "learner-pass-3");
        signIn(username, "learner-pass-3");
        browser.get(page("/learner/"));
        String source = browser.getPageSource();
        assertTrue(source.contains("Fire as a Weapon"), "own completion listed");
        assertTrue(source.contains(code), "own certificate listed");
        assertFalse(source.contains("8901234"), "nobody else's records");
        // SB 1852 in two lines: 4 of 16 hours, and Level 1 (3356 is not Level 1) not met either
        String hours = text("mandate-status");
        assertTrue(hours.matches("16 hours per training unit: not met, \\d+ hour\\(s\\) still needed\\."), hours);
        String level1 = text("level1-status");
        assertTrue(level1.startsWith("Level 1 by 08/31/2027: not met, "), level1);
        assertTrue(
                level1.matches(".*(due in \\d+ day\\(s\\)|overdue by \\d+ day\\(s\\)) \\(TCOLE 3311 or 3315\\)\\."),
                level1);
        assertFalse(source.contains("Requirement met"));
        browser.get(page("/admin/completions"));
        assertFalse(
                browser.getPageSource().contains("7890123")
                        && browser.getCurrentUrl().contains("/admin/"),
                "a learner cannot open admin pages");
        assertEquals(
                403,
                client.send(client.anonymous("/api/learners")
                                .header("Authorization", TrackerClient.basic(username, "learner-pass-3"))
                                .GET())
                        .statusCode());
        assertTrue(array(client.send(client.anonymous("/api/me/completions")
                                        .header("Authorization", TrackerClient.basic(username, "learner-pass-3"))
                                        .GET())
                                .body())
                        .size()
                >= 1);
    }
}
