package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.Officers.eventually;
import static org.alerrt.tracker.testsupport.Officers.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The TCOLE reporting page (/admin/reports) in a real headless Chromium: each step of the lifecycle by hand. */
class ReportsBrowserIT extends AgainstDeployedTracker {

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

    private String messages() {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")))
                .getText();
    }

    private WebElement row(String tableId, String firstCell) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//table[@id='" + tableId + "']//tr[td[1][normalize-space()='" + firstCell + "']]")));
    }

    private void click(WebElement row, String idSuffix) {
        Browser.submit(browser, row.findElement(By.cssSelector("input[id$=':" + idSuffix + "']")));
    }

    private void type(WebElement row, String idSuffix, String text) {
        row.findElement(By.cssSelector("input[id$=':" + idSuffix + "']")).sendKeys(text);
    }

    @Test
    void anAdminExportsSubmitsAcceptsRejectsAndRequeuesARecord() {
        Officer officer = officers.enrol();
        officers.post(statement(
                officer,
                "passed",
                "3356",
                UUID.randomUUID().toString(),
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(1),
                null,
                null));
        eventually(() -> officers.certificates(officer).size() == 1);
        long completionId = officers.completions(officer)
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        eventually(() -> officers.reportEntriesOf(completionId).size() == 1);

        browser.get(client.base() + "/admin/reports");
        assertTrue(browser.findElement(By.id("queue")).getText().contains(officer.pid()), "queued");
        Browser.submit(browser, browser.findElement(By.id("export:exportRoster")));
        assertTrue(messages().contains("exported"), messages());
        long roster = officers.reportEntriesOf(completionId)
                .getJsonObject(0)
                .getJsonNumber("rosterId")
                .longValue();
        String rosterId = Long.toString(roster);

        WebElement exported = row("rosters:table", rosterId);
        assertTrue(exported.getText().contains("EXPORTED"), exported.getText());
        type(exported, "reference", "TCLEDDS-" + rosterId);
        click(exported, "submit");
        assertTrue(messages().contains("reference TCLEDDS-" + rosterId), messages());
        WebElement submitted = row("rosters:table", rosterId);
        assertTrue(
                submitted.getText().contains("SUBMITTED") && submitted.getText().contains("TCLEDDS-" + rosterId),
                submitted.getText());
        click(submitted, "accept");
        assertTrue(messages().contains("accepted by TCOLE"), messages());
        assertTrue(row("rosters:table", rosterId).getText().contains("ACCEPTED"));

        click(row("rosters:table", rosterId), "open");
        String entryId = officers.reportEntriesOf(completionId)
                .getJsonObject(0)
                .getJsonNumber("id")
                .toString();
        WebElement record = row("records:table", entryId);
        assertTrue(record.getText().contains(officer.pid()) && record.getText().contains("ACCEPTED"), record.getText());
        type(record, "rejectReason", "PID does not match the name");
        click(record, "reject");
        assertTrue(messages().contains("rejected by TCOLE"), messages());

        WebElement attention = row("attention:table", entryId);
        assertTrue(
                attention.getText().contains("REJECTED") && attention.getText().contains("PID does not match"),
                attention.getText());
        click(attention, "requeue");
        assertTrue(messages().contains("reason is required"), "a re-queue says what was fixed: " + messages());
        type(row("attention:table", entryId), "requeueReason", "name spelled as on the TCOLE record");
        click(row("attention:table", entryId), "requeue");
        assertTrue(messages().contains("queued again"), messages());
        assertTrue(browser.findElement(By.id("queue")).getText().contains(officer.pid()), "queued again");

        JsonArray entries = officers.reportEntriesOf(completionId);
        assertEquals("CORRECTED", entries.getJsonObject(0).getString("status"));
        assertEquals("QUEUED", entries.getJsonObject(1).getString("status"));
    }
}
