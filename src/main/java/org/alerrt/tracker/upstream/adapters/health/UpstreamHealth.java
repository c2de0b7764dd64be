package org.alerrt.tracker.upstream.adapters.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.alerrt.tracker.upstream.application.ForwardAdmin;
import org.alerrt.tracker.upstream.application.UpstreamService;
import org.alerrt.tracker.upstream.application.UpstreamStatus;
import org.alerrt.tracker.upstream.domain.PullCheckpoint;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness data ({@code /health/ready}, check {@code upstreams}) for alerting: per upstream {@code <name>.pulled},
 * {@code <name>.lagSeconds} (age of the latest statement pulled) and {@code <name>.failing} (the latest pull stopped
 * at an error; the error itself is on the admin API, not on this unauthenticated page), and where forwarding is set
 * up {@code <name>.forwarded}, {@code <name>.forwardLagSeconds}, {@code <name>.deadLetters} and
 * {@code <name>.forwardFailing}.
 * Always UP: a remote LRS being down is no reason to take this instance out of service.
 */
@Readiness
@ApplicationScoped
public class UpstreamHealth implements HealthCheck {

    @Inject
    UpstreamService upstreams;

    @Inject
    ForwardAdmin forwards;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("upstreams").up();
        Instant now = Instant.now();
        try {
            for (UpstreamStatus s : upstreams.list()) {
                String name = s.upstream().name();
                PullCheckpoint cp = s.checkpoint();
                response.withData(name + ".pulled", cp.pulled());
                Duration lag = cp.lag(now);
                if (lag != null) {
                    response.withData(name + ".lagSeconds", Math.max(0, lag.toSeconds()));
                }
                response.withData(name + ".failing", cp.lastError() != null);
                forwards.status(s.upstream().id()).ifPresent(f -> {
                    response.withData(name + ".forwarded", f.forwarded());
                    response.withData(name + ".forwardLagSeconds", f.lag(now).toSeconds());
                    response.withData(name + ".deadLetters", f.deadLetters());
                    response.withData(name + ".forwardFailing", f.lastError() != null);
                });
            }
        } catch (RuntimeException e) { // the database check (database-and-outbox) reports the database itself
            response.withData("error", "cannot read the upstreams");
        }
        return response.build();
    }
}
