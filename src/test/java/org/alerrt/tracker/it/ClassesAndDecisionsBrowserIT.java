package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.Officers.PROFILE;
import static org.alerrt.tracker.testsupport.Officers.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.Browser;
import org.alerrt.tracker.testsupport.Officers;
import org.alerrt.tracker.testsupport.Officers.Officer;
import org.alerrt.tracker.testsupport.TrackerClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin pages for in-person classes and held credit, in a real headless Chromium. */
class ClassesAndDecisionsBrowserIT extends AgainstDeployedTracker {

    private WebDriver browser;
    private Officers officers;

    @BeforeEach
    void start() {
        browser = Browser.start();
        officers = new Officers(client);
        Browser.signIn(browser, client.base(), TrackerClient.ADMIN, TrackerClient.ADMIN_PASSWORD);
    }

    @AfterEach
    void stop() {
        browser.quit();
    }

    private String text(String id) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)))
                .getText();
    }

    private void type(String id, String value) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(value);
    }

    @Test
    void anAdminRecordsAClassInBlocksAndSeesTheBadLineFirst() {
        Officer officer = officers.enrol();
        String reference = "L1-" + UUID.randomUUID().toString().substring(0, 8);
        browser.get(client.base() + "/admin/classes");
        type("record:reference", reference);
        new Select(browser.findElement(By.id("record:course"))).selectByValue("3311");
        new Select(browser.findElement(By.id("record:delivery"))).selectByValue("DIRECT");
        type("record:blockDays", "2026-09-14 2026-10-12");
        type("record:attendees", officer.pid() + ",PASSED\n9999999,PASSED");
        Browser.submit(browser, browser.findElement(By.id("record:save")));
        String problems = text("problems");
        assertTrue(problems.contains("no learner with PID 9999999"), problems);
        assertTrue(
                browser.findElements(By.xpath("//table[@id='classes']//td[text()='" + reference + "']"))
                        .isEmpty(),
                "nothing recorded while a line is wrong");

        type("record:reference", reference);
        type("record:attendees", officer.pid() + ",PASSED");
        Browser.submit(browser, browser.findElement(By.id("record:save")));
        String table = text("classes");
        assertTrue(table.contains(reference) && table.contains("2 blocks"), table);
        assertEquals(
                "2026-10-12",
                officers.awaitCompletions(officer, 1).getJsonObject(0).getString("completedOn"));
    }

    @Test
    void anAdminDecidesHowManyHoursOfAModuleOverTheCapCount() {
        Officer officer = officers.enrol();
        for (int module = 1; module <= 2; module++) {
            officers.post(statement(
                    officer,
                    "passed",
                    "3312",
                    UUID.randomUUID().toString(),
                    OffsetDateTime.parse("2026-10-0" + module + "T16:00:00-05:00"),
                    "\"extensions\": {\"" + PROFILE + "module-hours\": 16, \"" + PROFILE
                            + "module-description\": \"Module " + module + "\"}",
                    null));
        }
        officers.awaitCompletions(officer, 2);
        browser.get(client.base() + "/admin/completions");
        browser.findElement(By.id("filter:reviewPending")).click();
        Browser.submit(browser, browser.findElement(By.id("filter:apply")));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getPageSource().contains(officer.pid()));
        String row = browser.findElement(By.xpath("//tr[td[contains(., '" + officer.pid() + "')]]"))
                .getText();
        assertTrue(row.contains("Waits for a decision") && row.contains("would reach 32"), row);

        var form = browser.findElement(By.xpath("//tr[td[contains(., '" + officer.pid() + "')]]//form"));
        form.findElement(By.cssSelector("input[id$='hours']")).sendKeys("8");
        form.findElement(By.cssSelector("input[id$='reason']")).sendKeys("cap: 8 of 16 h count");
        Browser.submit(browser, form.findElement(By.cssSelector("input[id$='decideButton']")));
        assertTrue(text("messages").contains("Decided: 8 hour(s)"), text("messages"));
        assertEquals(24, officers.mandate(officer, "2026-12-01").getInt("creditedHours"));
    }

    @Test
    void anAdminSeesAnAgencysOfficersAndWhatNeedsAction() {
        String agency = "Hays County SO " + UUID.randomUUID().toString().substring(0, 8);
        Officer withoutPid = officers.enrol(agency, false);
        officers.post(statement(
                withoutPid,
                "passed",
                "3356",
                UUID.randomUUID().toString(),
                OffsetDateTime.parse("2026-11-02T16:00:00-06:00"),
                null,
                null));
        officers.awaitCompletions(withoutPid, 1);
        browser.get(client.base() + "/admin/compliance");
        type("agency", agency);
        browser.findElement(By.id("apply")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("agency="));
        String table = text("officers");
        assertTrue(table.contains("PID missing: credit held since 2026-11-02"), table);
        assertTrue(table.contains("4 of 16") && table.contains("not met"), table);
        assertEquals(
                1, browser.findElements(By.cssSelector("#officers tbody tr")).size(), "only that agency");
        assertTrue(browser.findElement(By.id("csv")).getAttribute("href").contains("/api/compliance/csv?agency="));
    }

    @Test
    void aLearnerSeesThatACreditWasWithdrawnAndWhy() {
        browser.quit();
        browser = Browser.start();
        String email = "withdrawn-" + UUID.randomUUID() + "@example.org";
        String username = "w" + UUID.randomUUID().toString().substring(0, 8);
        String pid = Officers.randomPid();
        var created = client.send(client.admin("learners")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"firstName": "Dana", "lastName": "Ruiz", "pid": "%s", "agency": "Kyle PD",
                         "actor": {"mbox": "mailto:%s"}, "username": "%s", "password": "learner-pass-9"}""".formatted(pid, email, username))));
        assertEquals(201, created.statusCode(), created.body());
        Officer officer = new Officer(
                TrackerClient.object(created.body()).getJsonNumber("id").longValue(), email, pid);
        String passId = UUID.randomUUID().toString();
        officers.post(statement(
                        officer,
                        "passed",
                        "3356",
                        UUID.randomUUID().toString(),
                        OffsetDateTime.parse("2026-11-02T16:00:00-06:00"),
                        null,
                        null)
                .replaceFirst("\"id\": \"[^\"]+\"", "\"id\": \"" + passId + "\""));
        officers.awaitCompletions(officer, 1);
        officers.post("""
                {"actor": {"mbox": "mailto:records@alerrt.org"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
                 "object": {"objectType": "StatementRef", "id": "%s"}}""".formatted(passId));
        Officers.eventually(() -> officers.completions(officer).getJsonObject(0).getBoolean("withdrawn"));

        Browser.signIn(browser, client.base(), username, "learner-pass-9");
        browser.get(client.base() + "/learner/");
        String source = browser.getPageSource();
        assertTrue(source.contains("Credit withdrawn: the statement that earned it was voided"), source);
        assertTrue(source.contains("Online"), "the delivery is shown");
    }
}
