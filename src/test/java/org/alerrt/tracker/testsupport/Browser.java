package org.alerrt.tracker.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium for page tests. Paths are given explicitly (Selenium Manager cannot
 * download drivers here); background networking is off so the browser talks to 127.0.0.1 only.
 */
public final class Browser {

    private Browser() {}

    public static ChromeDriver start() {
        return start(new String[0]);
    }

    /** @param extraArguments further Chromium switches, e.g. a proxy ({@link ForwardProxy#chromiumArguments}) */
    public static ChromeDriver start(String... extraArguments) {
        String chromium = System.getProperty("chromium.binary", "/usr/bin/chromium");
        String driver = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
        if (!new File(chromium).canExecute() || !new File(driver).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver "
                    + "(./tracker test installs them): " + chromium + ", " + driver);
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-quic",
                    "--no-first-run",
                    "--window-size=1280,1000",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
            options.addArguments(extraArguments);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(driver))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver browser = new ChromeDriver(service, options);
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Clicks a button that submits a form and waits until the browser shows the answer: until then the old page's
     * elements are still there, and a read of one of them races the new page.
     */
    public static void submit(WebDriver browser, WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        button.click();
        // Chrome may also answer a look-up of an element of the page being replaced with "Node with given id does not
        // belong to the document" instead of a stale reference: that is gone too
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** Signs in through the login page at {@code base} and waits until the browser has left it. */
    public static void signIn(WebDriver browser, String base, String username, String password) {
        browser.get(base + "/login");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:signIn")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }
}
