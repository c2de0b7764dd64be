package org.alerrt.tracker.platform.xapiclient;

import java.net.URI;

/**
 * The remote answered with a status that will not change by resending the same request: a 4xx other than 408 and
 * 429, or a 3xx (the client follows no redirects, so the credentials go to no other place). Never retried. For a
 * forwarder it is dead-letter material, with the remote's status and error body (xAPI 1.0.3 Communication §3.2). A
 * {@code 409 Conflict} on POST or PUT is a refusal too: the remote holds a statement with one of the ids and will not
 * change it (§2.1.2.s2.b4). A remote that compares (it SHOULD, §2.1.2.s2.b5) answers 409 only for a different
 * statement and 200/204 for the same one sent again, which the client reports as success; but the spec lets a remote
 * answer 409 for any id it already has, so after a lost answer a 409 may mean "already stored": GET the statement by
 * id to tell the two apart.
 */
public final class RefusedException extends XapiClientException {

    private final int status;
    private final String body;

    RefusedException(String method, URI uri, int status, String body) {
        super(method, uri, "refused with " + status + (body.isBlank() ? "" : ": " + excerpt(body)), null);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    /** The remote's error body as it sent it (xAPI 1.0.3 Communication §3.2.s3.b2), empty if none. */
    public String body() {
        return body;
    }

    /** Whether the remote already holds a statement with one of the ids (see the class comment for what it may mean). */
    public boolean conflict() {
        return status == 409;
    }
}
