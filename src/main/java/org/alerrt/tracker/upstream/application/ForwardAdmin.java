package org.alerrt.tracker.upstream.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.lrs.api.StatementLog;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.upstream.domain.DeadLetter;
import org.alerrt.tracker.upstream.domain.ForwardPosition;
import org.alerrt.tracker.upstream.domain.ForwardRepository;
import org.alerrt.tracker.upstream.domain.ForwardSettings;
import org.alerrt.tracker.upstream.domain.Upstream;
import org.alerrt.tracker.upstream.domain.UpstreamRepository;

/** The administrator's use cases of forwarding: what to forward, where it stands, the dead letters. */
@ApplicationScoped
public class ForwardAdmin {

    @Inject
    UpstreamRepository upstreams;

    @Inject
    ForwardRepository forwards;

    @Inject
    StatementLog statements;

    /**
     * Sets what to forward. The first time, forwarding starts with what is stored from now on (or from
     * {@code from}); later the position stays unless {@code from} moves it (forward again from there, or skip ahead).
     */
    @Transactional
    public ForwardPosition configure(long upstreamId, ForwardSettings settings, Instant from) {
        if (upstream(upstreamId).fromFile()) {
            throw Refusal.conflict(
                    "forward", "forwarding to an upstream of the upstream file (tracker.upstream.file) is set there");
        }
        return place(upstreamId, settings, from, true);
    }

    /**
     * As the upstream file sets it at each start: {@code from} places the position only the first time, and never
     * moves it after (a restart must not send again what was sent).
     */
    @Transactional
    public ForwardPosition configureFromFile(long upstreamId, ForwardSettings settings, Instant from) {
        return place(upstreamId, settings, from, false);
    }

    private ForwardPosition place(long upstreamId, ForwardSettings settings, Instant from, boolean fromMoves) {
        Long position = (fromMoves && from != null) || forwards.find(upstreamId).isEmpty()
                ? statements.positionBefore(from != null ? from : Instant.now())
                : null;
        forwards.configure(upstreamId, settings, position, Instant.now());
        return forwards.find(upstreamId).orElseThrow();
    }

    /** Empty when forwarding to it was never set up. */
    @Transactional
    public Optional<ForwardPosition> status(long upstreamId) {
        upstream(upstreamId);
        return forwards.find(upstreamId);
    }

    @Transactional
    public List<DeadLetter> deadLetters(long upstreamId) {
        upstream(upstreamId);
        return forwards.deadLetters(upstreamId);
    }

    @Transactional
    public DeadLetter deadLetter(long upstreamId, long id) {
        return forwards.deadLetter(upstreamId, id)
                .orElseThrow(() -> Refusal.notFound("no dead letter " + id + " of upstream " + upstreamId));
    }

    @Transactional
    public void discard(long upstreamId, long id) {
        if (!forwards.deleteDeadLetter(upstreamId, id)) {
            throw Refusal.notFound("no dead letter " + id + " of upstream " + upstreamId);
        }
    }

    @Transactional
    public void retried(long id, String document, Integer httpStatus, String error) {
        forwards.deadLetterRetried(id, document, httpStatus, error, Instant.now());
    }

    @Transactional
    public Upstream upstream(long upstreamId) {
        return upstreams.find(upstreamId).orElseThrow(() -> Refusal.notFound("no upstream " + upstreamId));
    }
}
