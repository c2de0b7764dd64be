package org.alerrt.tracker.platform.xapiclient;

import java.net.URI;

/**
 * A request to the remote LRS that did not succeed, of one of three kinds a caller handles differently: refused
 * (permanent, do not resend as is), unavailable (transient, retries exhausted: try again later) or an answer the
 * client cannot read. Messages name the method and URI, never the credentials.
 */
public abstract sealed class XapiClientException extends RuntimeException
        permits RefusedException, UnavailableException, InvalidResponseException {

    private final String method;
    private final URI uri;

    XapiClientException(String method, URI uri, String message, Throwable cause) {
        super(method + " " + uri + ": " + message, cause);
        this.method = method;
        this.uri = uri;
    }

    public String method() {
        return method;
    }

    public URI uri() {
        return uri;
    }

    /** The start of a remote's body for a message; the whole body stays available to callers. */
    static String excerpt(String body) {
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}
