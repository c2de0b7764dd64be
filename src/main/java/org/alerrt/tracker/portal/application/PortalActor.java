package org.alerrt.tracker.portal.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * The actor a learner has in cmi5 launches. cmi5 §9.2 requires an Agent with an {@code account}: a learner known
 * by an account uses it; a learner known otherwise (e-mail, openid, ...) gets one generated account actor,
 * {@code homePage} = the tracker's public URL, {@code name} = {@code learner-<id>}, recorded as a further actor
 * of the learner so statements about it count for the same learner.
 */
public final class PortalActor {

    static final String ACCOUNT = "account:";

    private PortalActor() {}

    /** The account actor generated for a learner without one. */
    public static ActorIdentity generated(String publicUrl, long learnerId) {
        return new ActorIdentity(ACCOUNT + publicUrl + " learner-" + learnerId);
    }

    /**
     * The Agent JSON of an account identity ({@code account:<homePage> <name>}, see {@link ActorIdentity}); empty
     * for other kinds of identity.
     *
     * @param displayName the Agent's {@code name}, may be null or blank
     */
    public static Optional<JsonObject> agent(ActorIdentity identity, String displayName) {
        String v = identity.value();
        if (!v.startsWith(ACCOUNT)) {
            return Optional.empty();
        }
        int space = v.indexOf(' ', ACCOUNT.length()); // homePage is an IRI: no whitespace
        if (space < 0 || space == ACCOUNT.length() || space == v.length() - 1) {
            return Optional.empty();
        }
        JsonObjectBuilder agent = CachedJson.objectBuilder().add("objectType", "Agent");
        if (displayName != null && !displayName.isBlank()) {
            agent.add("name", displayName.strip());
        }
        return Optional.of(agent.add(
                        "account",
                        CachedJson.objectBuilder()
                                .add("homePage", v.substring(ACCOUNT.length(), space))
                                .add("name", v.substring(space + 1)))
                .build());
    }
}
