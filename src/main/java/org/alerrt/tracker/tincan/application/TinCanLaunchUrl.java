package org.alerrt.tracker.tincan.application;

import org.alerrt.tracker.cmi5.api.LaunchUrl;

/**
 * The Tin Can launch URL (Rustici "Tin Can launch" guidelines, used by TCAPI content): the content's URL with
 * {@code endpoint}, {@code auth}, {@code actor}, {@code registration} and {@code activity_id} appended as
 * URL-encoded pairs, keeping the content URL's own query and fragment.
 */
public final class TinCanLaunchUrl {

    private TinCanLaunchUrl() {}

    /** @param auth the Authorization header value the content sends, e.g. {@code Basic a2V5OnNlY3JldA==} */
    public static String build(
            String contentUrl, String endpoint, String auth, String actorJson, String registration, String activityId) {
        return LaunchUrl.withParameters(
                contentUrl,
                "endpoint",
                endpoint,
                "auth",
                auth,
                "actor",
                actorJson,
                "registration",
                registration,
                "activity_id",
                activityId);
    }
}
