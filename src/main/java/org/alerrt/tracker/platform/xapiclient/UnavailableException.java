package org.alerrt.tracker.platform.xapiclient;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The remote stayed unavailable: every attempt failed transiently (429, 408, 5xx, a network error or a timeout), or
 * the remote asked to wait longer ({@code Retry-After}) than the retry policy allows. The same request may succeed
 * later; nothing is known to have been stored.
 */
public final class UnavailableException extends XapiClientException {

    private final int attempts;
    private final Integer status;
    private final String body;
    private final Duration retryAfter;

    UnavailableException(
            String method,
            URI uri,
            int attempts,
            Integer status,
            String body,
            Duration retryAfter,
            String reason,
            Throwable cause) {
        super(method, uri, reason + " (" + attempts + (attempts == 1 ? " attempt" : " attempts") + ")", cause);
        this.attempts = attempts;
        this.status = status;
        this.body = body;
        this.retryAfter = retryAfter;
    }

    public int attempts() {
        return attempts;
    }

    /** The status of the last answer, empty when the last attempt got none (network error, timeout). */
    public OptionalInt status() {
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** The body of the last answer, empty when there was none. */
    public String body() {
        return body;
    }

    /** The remote's last {@code Retry-After}, if it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
