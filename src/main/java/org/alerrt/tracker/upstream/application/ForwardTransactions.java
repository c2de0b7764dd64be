package org.alerrt.tracker.upstream.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.lrs.api.LoggedStatement;
import org.alerrt.tracker.lrs.api.StatementLog;
import org.alerrt.tracker.platform.xapiclient.Attachment;
import org.alerrt.tracker.upstream.domain.DeadLetter;
import org.alerrt.tracker.upstream.domain.ForwardPosition;
import org.alerrt.tracker.upstream.domain.ForwardRepository;
import org.alerrt.tracker.upstream.domain.Upstream;
import org.alerrt.tracker.upstream.domain.UpstreamRepository;

/** The transactions of forwarding, apart from its HTTP calls: above all {@link #record}. */
@ApplicationScoped
public class ForwardTransactions {

    @Inject
    UpstreamRepository upstreams;

    @Inject
    ForwardRepository forwards;

    @Inject
    StatementLog statements;

    @Transactional
    public List<Upstream> upstreams() {
        return upstreams.list();
    }

    @Transactional
    public Optional<ForwardPosition> position(long upstreamId) {
        return forwards.find(upstreamId);
    }

    @Transactional
    public List<LoggedStatement> read(long position, Instant settledBefore, int limit) {
        return statements.storedAfter(position, settledBefore, limit);
    }

    /** The attachment data held here for these statements, sent with them as multipart/mixed. */
    @Transactional
    public List<Attachment> attachments(List<JsonObject> statements) {
        return this.statements.attachments(statements);
    }

    /**
     * Moves the position past a batch and keeps its dead letters, in one transaction; throws if another forwarder
     * recorded the batch first (its outcome stands).
     */
    @Transactional
    public void record(
            Upstream upstream,
            long from,
            long to,
            Instant lastStored,
            int forwarded,
            boolean caughtUp,
            List<DeadLetter> deadLetters) {
        if (!forwards.advance(upstream.id(), from, to, lastStored, forwarded, caughtUp, deadLetters, Instant.now())) {
            throw new IllegalStateException("another instance forwarded to upstream " + upstream.name()
                    + " at the same time; its batch stands");
        }
    }

    @Transactional
    public void runStarted(long upstreamId) {
        forwards.runStarted(upstreamId, Instant.now());
    }

    @Transactional
    public void runSucceeded(long upstreamId) {
        forwards.runSucceeded(upstreamId, Instant.now());
    }

    @Transactional
    public void runFailed(long upstreamId, String error) {
        forwards.runFailed(upstreamId, error, Instant.now());
    }
}
