package org.alerrt.tracker.platform.xapiclient;

import java.net.URI;

/**
 * The remote answered with success but a body or header the client cannot use: not JSON, no statements array, a
 * broken multipart body, a POST answer whose ids do not match the batch, or a {@code more} IRL on another origin (the
 * client would send it the credentials). Not retried: the same request would most likely get the same answer.
 */
public final class InvalidResponseException extends XapiClientException {

    private final int status;

    InvalidResponseException(String method, URI uri, int status, String message, Throwable cause) {
        super(method, uri, message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
