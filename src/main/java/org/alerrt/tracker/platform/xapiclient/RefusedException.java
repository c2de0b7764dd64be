package org.alerrt.tracker.platform.xapiclient;

import java.net.URI;

/**
 * The remote answered with a status that will not change by resending the same request: a 4xx other than 408 and
 * 429, or a 3xx (the client follows no redirects, so the credentials go to no other place). Never retried. For a
 * forwarder it is dead-letter material, with the remote's status and error body (xAPI 1.0.3 Communication §3.2). A
 * {@code 409 Conflict} on POST or PUT means the remote already holds a different statement with one of the ids
 * (§2.1.2.s2.b5): a refusal too, since the remote will not change it. The same statement sent again is no conflict:
 * the remote answers 200/204 (§2.1.1.s2.b2), which the client reports as success.
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

    /** Whether the remote holds a different statement with the same id (xAPI 1.0.3 Communication §2.1.2.s2.b5). */
    public boolean conflict() {
        return status == 409;
    }
}
