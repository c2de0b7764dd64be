package org.alerrt.tracker.tincan.domain;

import java.net.URI;
import java.net.URISyntaxException;
import org.alerrt.tracker.cmi5.api.LangString;

/**
 * One {@code <activity>} of a tincan.xml: its id (IRI), type, name and description, and its {@code <launch>}
 * (a path in the package or an absolute URL) when it can be launched.
 *
 * @param launch     the launch element's text, null when the activity has none
 * @param launchLang the launch element's lang attribute, may be null
 */
public record TinCanActivity(
        String id, String type, LangString name, LangString description, String launch, String launchLang) {

    public boolean launchable() {
        return launch != null && !launch.isEmpty();
    }

    /** True when the launch is a URL with a scheme (content hosted elsewhere), false for a path in the zip. */
    public boolean hasAbsoluteLaunch() {
        try {
            return launch != null && new URI(launch).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
