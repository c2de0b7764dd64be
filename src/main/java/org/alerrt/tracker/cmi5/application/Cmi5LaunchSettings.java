package org.alerrt.tracker.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alerrt.tracker.cmi5.domain.LmsActivityIds;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of cmi5 launch (MicroProfile Config, documented in docs/configuration.md); their values are checked at
 * start ({@link Cmi5SettingsCheck}).
 */
@ApplicationScoped
public class Cmi5LaunchSettings {

    @Inject
    ServerSettings server;

    @Inject
    @ConfigProperty(name = "tracker.cmi5.fetch-token-seconds", defaultValue = "600")
    long fetchTokenSeconds;

    @Inject
    @ConfigProperty(name = "tracker.cmi5.preferences-before-initialized", defaultValue = "true")
    boolean preferencesBeforeInitialized;

    @Inject
    @ConfigProperty(name = "tracker.cmi5.default-language-preference", defaultValue = "en-US")
    String defaultLanguagePreference;

    @Inject
    @ConfigProperty(name = "tracker.cmi5.default-audio-preference", defaultValue = "on")
    String defaultAudioPreference;

    @Inject
    @ConfigProperty(name = "tracker.launch.idle-timeout-minutes", defaultValue = "60")
    long idleTimeoutMinutes;

    @Inject
    @ConfigProperty(name = "tracker.launch.idle-check-seconds", defaultValue = "60")
    long idleCheckSeconds;

    /** Base address of launch URLs, the xAPI endpoint, the fetch URL and generated activity ids, without '/'. */
    public String publicUrl() {
        return server.publicUrl();
    }

    /** Base of imported packages' content URLs (tracker.content-url): never the pages' origin. */
    public String contentUrl() {
        return server.contentUrl();
    }

    /** The activity ids the LMS gives the courses, blocks and AUs of its registrations (§8.1.5, §9.4). */
    public LmsActivityIds activityIds() {
        return new LmsActivityIds(publicUrl() + "/cmi5/activities/");
    }

    /** The xAPI endpoint handed to content in launch URLs ({@link ServerSettings#xapiEndpoint}). */
    public String xapiEndpoint() {
        return server.xapiEndpoint();
    }

    /** How long after the launch the fetch URL gives out the auth token (§8.2; afterwards error 1). */
    public long fetchTokenSeconds() {
        return fetchTokenSeconds;
    }

    /** cmi5 §11: refuse an AU's "initialized" until it has read its cmi5LearnerPreferences document. */
    public boolean preferencesBeforeInitialized() {
        return preferencesBeforeInitialized;
    }

    /**
     * languagePreference written for a learner who has set none when an AU is launched (§11: the LMS SHOULD provide
     * the document); blank writes nothing.
     */
    public String defaultLanguagePreference() {
        return defaultLanguagePreference == null ? "" : defaultLanguagePreference.strip();
    }

    /**
     * audioPreference written with the default language (§11: the document has both languagePreference and
     * audioPreference; §11.2: "on" or "off"; any other value stops the start).
     */
    public String defaultAudioPreference() {
        return defaultAudioPreference.strip();
    }

    /**
     * How long a launch credential (cmi5 AU session token, Tin Can launch auth) lives without use; then it is
     * revoked and a cmi5 session is abandoned (§9.3.6).
     */
    public long idleTimeoutMinutes() {
        return idleTimeoutMinutes;
    }

    /** How often each instance looks for idle launch credentials. */
    public long idleCheckSeconds() {
        return idleCheckSeconds;
    }
}
