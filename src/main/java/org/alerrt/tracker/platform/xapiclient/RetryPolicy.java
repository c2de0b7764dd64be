package org.alerrt.tracker.platform.xapiclient;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How often and how patiently the client resends a request that failed transiently. Between attempts it waits a
 * "full jitter" back-off, uniformly random in [0, min(maxDelay, baseDelay × 2^(retry-1))], so that many clients
 * failing together do not come back together; when the remote sent {@code Retry-After} (RFC 9110 §10.2.3: seconds or
 * an HTTP-date) it waits exactly that instead, unless that is longer than {@code maxRetryAfter}: then it gives up at
 * once, the remote having said a retry now is useless.
 *
 * @param maxAttempts attempts in all, the first included (1: no retry)
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        requireNotNegative(baseDelay, "baseDelay");
        requireNotNegative(maxDelay, "maxDelay");
        requireNotNegative(maxRetryAfter, "maxRetryAfter");
    }

    /** 5 attempts, back-off from 0.5 s up to 30 s, a {@code Retry-After} of up to 2 minutes honoured. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(2));
    }

    /** One attempt: every failure is reported at once. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** The back-off before retry number {@code retry} (1 for the second attempt), drawn from {@code random}. */
    public Duration backoff(int retry, RandomGenerator random) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry counts from 1: " + retry);
        }
        return Duration.ofNanos((long) (random.nextDouble() * ceiling(retry).toNanos()));
    }

    /** The upper bound of {@link #backoff}: min(maxDelay, baseDelay × 2^(retry-1)). */
    public Duration ceiling(int retry) {
        int doublings = Math.min(retry - 1, 62);
        long base = baseDelay.toNanos();
        long max = maxDelay.toNanos();
        long ceiling = base > (max >> doublings) ? max : base << doublings;
        return Duration.ofNanos(Math.min(ceiling, max));
    }

    /**
     * The wait a {@code Retry-After} value asks for, measured from {@code now} for an HTTP-date (a date in the past
     * is no wait); empty if the value is neither form.
     */
    static Optional<Duration> retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException e) { // more digits than a long: as good as forever
                return Optional.of(Duration.ofSeconds(Long.MAX_VALUE));
            }
        }
        try {
            Instant at =
                    ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void requireNotNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + d);
        }
    }
}
