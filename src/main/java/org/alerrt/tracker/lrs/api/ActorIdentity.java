package org.alerrt.tracker.lrs.api;

import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * The Inverse Functional Identifier of an Agent or identified Group as one comparable string (xAPI Data §2.4.2.3):
 * {@code mbox:mailto:a@b}, {@code mbox_sha1sum:<hex>}, {@code openid:<iri>}, {@code account:<homePage> <name>}.
 * The homePage is an IRI without whitespace, so the space keeps the account form unambiguous.
 */
public record ActorIdentity(String value) {

    public ActorIdentity {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("actor identity must not be blank");
        }
    }

    /** Empty for an anonymous Group, which has no IFI. Expects a validated actor. */
    public static Optional<ActorIdentity> of(JsonObject actor) {
        if (actor.containsKey("mbox")) {
            return Optional.of(new ActorIdentity("mbox:" + actor.getString("mbox")));
        }
        if (actor.containsKey("mbox_sha1sum")) {
            return Optional.of(new ActorIdentity(
                    "mbox_sha1sum:" + actor.getString("mbox_sha1sum").toLowerCase()));
        }
        if (actor.containsKey("openid")) {
            return Optional.of(new ActorIdentity("openid:" + actor.getString("openid")));
        }
        if (actor.containsKey("account")) {
            JsonObject account = actor.getJsonObject("account");
            return Optional.of(
                    new ActorIdentity("account:" + account.getString("homePage") + " " + account.getString("name")));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
