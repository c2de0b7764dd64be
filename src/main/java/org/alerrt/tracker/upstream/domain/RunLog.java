package org.alerrt.tracker.upstream.domain;

import java.time.Instant;

/**
 * Where the latest pull or forward run against an upstream stands, as the admin page, {@code /health} and the gauges
 * show it. Pull and forward each keep their own ({@link UpstreamRepository}, {@link ForwardRepository}).
 */
public interface RunLog {

    /** A run begins (the schedule counts the next from here). */
    void runStarted(long upstreamId, Instant now);

    /** A run reached its end: the last error is cleared. */
    void runSucceeded(long upstreamId, Instant now);

    /** A run stopped at {@code error}; the checkpoint or position stays where the last committed batch left it. */
    void runFailed(long upstreamId, String error, Instant now);
}
