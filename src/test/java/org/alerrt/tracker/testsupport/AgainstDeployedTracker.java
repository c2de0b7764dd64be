package org.alerrt.tracker.testsupport;

import java.net.MalformedURLException;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the client-side integration tests: the application WAR deployed on its own Payara Micro (one per test
 * class), its address, and a {@link TrackerClient} with the bootstrap credentials.
 *
 * <p>The server has two HTTP listeners, the application's and the content origin's; Payara Micro lists both and
 * the Arquillian connector hands out the first it lists, which need not be the application's. So {@link #base}
 * keeps the connector's host and context path but takes the port from {@code tracker.httpPort}, the port the build
 * reserved and arquillian.xml passes to Payara Micro.
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
    /** The cmi5 / Tin Can steps (import, register, launch, fetch) over {@link #client}. */
    protected Cmi5Client cmi5;

    @BeforeEach
    void connect() {
        base = onApplicationPort(base);
        client = new TrackerClient(base);
        cmi5 = new Cmi5Client(client);
    }

    /**
     * A connection to the database the server uses, for what no API can do (back-dating, forcing a failure). Only
     * the PostgreSQL run can share it (the H2 file is locked by the server): on the H2 run the test is skipped.
     */
    protected static Connection sharedDatabase(String why) throws SQLException {
        String port = System.getProperty("embedded.pg.port");
        Assumptions.assumeTrue("postgresql".equals(System.getProperty("it.database")) && port != null, why);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "postgres");
    }

    static URL onApplicationPort(URL deployed) {
        String port = System.getProperty("tracker.httpPort");
        if (port == null) {
            throw new IllegalStateException("tracker.httpPort is not set: run the ITs through Maven (failsafe)");
        }
        try {
            return new URL(deployed.getProtocol(), deployed.getHost(), Integer.parseInt(port), deployed.getPath());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
