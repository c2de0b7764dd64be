package org.alerrt.tracker.testsupport;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

/**
 * Browser tests: headless Chromium that reaches the test server at its public URL (the default
 * {@code tracker.public-url}) and content at {@link TrackerClient#CONTENT_URL}, as learners and administrators do,
 * through a {@link ForwardProxy}.
 */
public abstract class AgainstDeployedTrackerInBrowser extends AgainstDeployedTracker {

    protected static final String PUBLIC_URL = "http://127.0.0.1:8080";

    protected ForwardProxy proxy;
    protected WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        proxy = new ForwardProxy(client.base());
        browser = Browser.start(proxy.chromiumArguments());
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
        proxy.close();
    }
}
