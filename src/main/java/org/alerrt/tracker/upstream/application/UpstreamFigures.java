package org.alerrt.tracker.upstream.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.upstream.domain.PullCheckpoint;

/**
 * Each upstream's progress as numbers, for monitoring: what {@code /health/ready} and {@code /metrics} both show,
 * computed in one place.
 */
@ApplicationScoped
public class UpstreamFigures {

    /** Forwarding's figures, where forwarding is set up. */
    public record Forwarding(long forwarded, long lagSeconds, long deadLetters, boolean failing) {}

    /** @param lagSeconds age of the latest statement pulled; empty before the first one */
    public record Figures(
            String name, long pulled, Optional<Long> lagSeconds, boolean failing, Optional<Forwarding> forwarding) {}

    @Inject
    UpstreamService upstreams;

    @Inject
    ForwardAdmin forwards;

    @Transactional
    public List<Figures> all(Instant now) {
        List<Figures> all = new ArrayList<>();
        for (UpstreamStatus s : upstreams.list()) {
            PullCheckpoint cp = s.checkpoint();
            Duration lag = cp.lag(now);
            all.add(new Figures(
                    s.upstream().name(),
                    cp.pulled(),
                    Optional.ofNullable(lag).map(l -> Math.max(0, l.toSeconds())),
                    cp.lastError() != null,
                    forwards.status(s.upstream().id())
                            .map(f -> new Forwarding(
                                    f.forwarded(), f.lag(now).toSeconds(), f.deadLetters(), f.lastError() != null))));
        }
        return all;
    }
}
