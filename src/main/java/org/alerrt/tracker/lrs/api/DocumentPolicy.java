package org.alerrt.tracker.lrs.api;

import org.alerrt.tracker.platform.security.Caller;

/**
 * A rule another context adds to the document resources (e.g. cmi5: an AU may not rewrite LMS.LaunchData). Every
 * CDI bean implementing it is asked once a request's parameters are valid (so xAPI 400s come first) and before the
 * document is read or written; it refuses by throwing an {@link org.alerrt.tracker.platform.errors.Refusal}
 * (typically 403 naming the rule).
 *
 * @see StatementPolicy
 */
public interface DocumentPolicy {

    /**
     * @param request   the parsed request; {@code documentId} is null for a list of ids or a State DELETE of all
     * @param operation what the request does
     * @param body      the document sent (PUT/POST), else null
     */
    void check(
            DocumentRequest request,
            DocumentRequest.Operation operation,
            String contentType,
            byte[] body,
            Caller credential);
}
