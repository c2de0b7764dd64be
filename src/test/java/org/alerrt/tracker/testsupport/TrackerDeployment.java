package org.alerrt.tracker.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one test deployment: the application WAR exactly as built by {@code mvn package}, so integration tests
 * exercise what ships.
 */
public final class TrackerDeployment {

    private TrackerDeployment() {}

    public static WebArchive application() {
        File war = new File(System.getProperty("tracker.war", "target/alerrt-tracker.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, "alerrt-tracker.war")
                .importFrom(war)
                .as(WebArchive.class);
    }
}
