package org.alerrt.tracker.lrs.api;

import java.util.Objects;
import org.alerrt.tracker.lrs.domain.documents.Hashes;

/**
 * The set of documents a request addresses: State = Activity + Agent (+ registration), Activity Profile = Activity,
 * Agent Profile = Agent (Communication §2.3.s3, §2.6.s3, §2.7.s3). A State without registration is its own
 * context: it never lists or deletes the documents of a registration.
 *
 * @param activityId   the activity IRI, null for Agent Profile
 * @param agentIfi     the agent's inverse functional identifier ({@code ActorIdentity}), null for Activity Profile
 * @param registration lower-case UUID, State only, may be null
 */
public record DocumentContext(DocumentKind kind, String activityId, String agentIfi, String registration) {

    public DocumentContext {
        Objects.requireNonNull(kind, "kind");
        if ((kind == DocumentKind.AGENT_PROFILE) != (activityId == null)) {
            throw new IllegalArgumentException("an activityId belongs to State and Activity Profile documents only");
        }
        if ((kind == DocumentKind.ACTIVITY_PROFILE) != (agentIfi == null)) {
            throw new IllegalArgumentException("an agent belongs to State and Agent Profile documents only");
        }
        if (registration != null && kind != DocumentKind.STATE) {
            throw new IllegalArgumentException("a registration belongs to State documents only");
        }
    }

    /** Key of the context (ids GET, since, State DELETE-all): SHA-256 hex of its parts. */
    public String hash() {
        return Hashes.sha256(kind.name(), activityId, agentIfi, registration);
    }

    /** The key of one document in this context. */
    public DocumentKey document(String documentId) {
        return new DocumentKey(this, documentId);
    }
}
