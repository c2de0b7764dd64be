package org.alerrt.tracker.upstream.adapters.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.alerrt.tracker.upstream.application.UpstreamFigures;
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
    UpstreamFigures figures;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("upstreams").up();
        try {
            for (UpstreamFigures.Figures f : figures.all(Instant.now())) {
                String name = f.name();
                response.withData(name + ".pulled", f.pulled());
                f.lagSeconds().ifPresent(lag -> response.withData(name + ".lagSeconds", lag));
                response.withData(name + ".failing", f.failing());
                f.forwarding().ifPresent(w -> {
                    response.withData(name + ".forwarded", w.forwarded());
                    response.withData(name + ".forwardLagSeconds", w.lagSeconds());
                    response.withData(name + ".deadLetters", w.deadLetters());
                    response.withData(name + ".forwardFailing", w.failing());
                });
            }
        } catch (RuntimeException e) { // the database check (database-and-outbox) reports the database itself
            response.withData("error", "cannot read the upstreams");
        }
        return response.build();
    }
}
