package org.alerrt.tracker.testsupport;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the client-side integration tests: the application WAR deployed on its own Payara Micro (one per test
 * class), its address, and a {@link TrackerClient} with the bootstrap credentials.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class AgainstDeployedTracker {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return TrackerDeployment.application();
    }

    @ArquillianResource
    protected URL base;

    protected TrackerClient client;

    @BeforeEach
    void connect() {
        client = new TrackerClient(base);
    }
}
