package org.alerrt.tracker.upstream.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.alerrt.tracker.lrs.api.StatementLog;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.Roles;
import org.alerrt.tracker.platform.xapiclient.StatementPage;
import org.alerrt.tracker.upstream.domain.PullCheckpoint;
import org.alerrt.tracker.upstream.domain.PulledPage;
import org.alerrt.tracker.upstream.domain.Upstream;
import org.alerrt.tracker.upstream.domain.UpstreamRepository;

/**
 * The transactions of a pull, apart from its HTTP calls (no transaction waits on a remote): above all
 * {@link #store}, which stores a page and moves the checkpoint past it in one transaction.
 */
@ApplicationScoped
public class PullTransactions {

    /**
     * The credential id pulled statements are stored under: none of the LRS credentials (like the LMS's own
     * statements), the upstream being named in the authority instead ({@link #caller}).
     */
    static final long CREDENTIAL_ID = 0L;

    @Inject
    UpstreamRepository upstreams;

    @Inject
    StatementLog statements;

    @Transactional
    public List<Upstream> upstreams() {
        return upstreams.list();
    }

    @Transactional
    public PullCheckpoint checkpoint(long upstreamId) {
        return upstreams.checkpoint(upstreamId).orElseThrow(() -> new IllegalStateException("upstream gone"));
    }

    /**
     * Stores the page's statements as a POST from the upstream would be (the LRS's rules, the statement-stored
     * events from which completions follow) and moves the checkpoint past them, all or nothing. Throws if another
     * puller moved the checkpoint since {@code from} was read: the page is then theirs, and rolls back here.
     */
    @Transactional
    public PullCheckpoint store(Upstream upstream, PullCheckpoint from, StatementPage page) {
        PulledPage pulled = PulledPage.of(page.statements(), page.more(), from, statements::stored);
        if (!pulled.toStore().isEmpty()) {
            statements.store(pulled.toStore(), page.attachments(), caller(upstream), version(upstream));
        }
        if (!upstreams.advance(
                upstream.id(), from.pageSeq(), pulled, pulled.toStore().size(), Instant.now())) {
            throw new IllegalStateException("another instance pulled from upstream " + upstream.name()
                    + " at the same time; its page stands, this one is rolled back");
        }
        return checkpoint(upstream.id());
    }

    /** Forgets a saved {@code more} IRL the remote no longer serves; the next query starts from {@code since}. */
    @Transactional
    public PullCheckpoint dropMore(Upstream upstream, PullCheckpoint from) {
        PulledPage none = new PulledPage(List.of(), from.lastStored(), from.lastStatementId(), null);
        upstreams.advance(upstream.id(), from.pageSeq(), none, 0, Instant.now());
        return checkpoint(upstream.id());
    }

    @Transactional
    public void runStarted(long upstreamId) {
        upstreams.runStarted(upstreamId, Instant.now());
    }

    @Transactional
    public void runSucceeded(long upstreamId) {
        upstreams.runSucceeded(upstreamId, Instant.now());
    }

    @Transactional
    public void runFailed(long upstreamId, String error) {
        upstreams.runFailed(upstreamId, error, Instant.now());
    }

    /** xAPI Data §2.4.9: the LRS sets the authority of what it stores; a pulled statement's names this upstream. */
    static Caller caller(Upstream upstream) {
        return new Caller(upstream.authorityName(), Set.of(Roles.LRS), CREDENTIAL_ID);
    }

    private static XapiVersion version(Upstream upstream) {
        return switch (upstream.definition().version()) {
            case V1_0_3 -> XapiVersion.V1_0_3;
            case V2_0_0 -> XapiVersion.V2_0_0;
        };
    }
}
