package org.alerrt.tracker.upstream.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.xapiclient.RefusedException;
import org.alerrt.tracker.platform.xapiclient.StatementPage;
import org.alerrt.tracker.platform.xapiclient.StatementQuery;
import org.alerrt.tracker.platform.xapiclient.XapiClient;
import org.alerrt.tracker.upstream.domain.PullCheckpoint;
import org.alerrt.tracker.upstream.domain.PullFilters;
import org.alerrt.tracker.upstream.domain.Upstream;
import org.alerrt.tracker.upstream.domain.UpstreamDefinition;

/**
 * Pulls statements from the upstream LRSs that are due (docs/upstream.md): GET statements with the upstream's
 * filters in ascending stored order from the checkpoint, then every {@code more} page; each page is stored and the
 * checkpoint moved in one transaction ({@link PullTransactions#store}), so a crash or restart resumes at the first
 * page not committed, and nothing is lost or stored twice. A run that fails (the remote unavailable after the client's
 * retries, a refusal either side) records the error on the checkpoint and stops; the next due run starts again
 * from the checkpoint. Runs are called once per cluster; a second puller at the same time is fenced by the
 * checkpoint ({@link PullTransactions#store}).
 */
@ApplicationScoped
public class PullService {

    private static final Logger LOG = Logger.getLogger(PullService.class.getName());
    private static final int MAX_ERROR_LENGTH = 2000;

    @Inject
    PullTransactions transactions;

    @Inject
    UpstreamClients clients;

    @Inject
    UpstreamSettings settings;

    /** One turn of the schedule: every upstream with pulling enabled whose poll interval has passed. */
    public void pullDue() {
        Instant now = Instant.now();
        for (Upstream u : transactions.upstreams()) {
            UpstreamDefinition d = u.definition();
            if (d.pullEnabled() && transactions.checkpoint(u.id()).due(now, Duration.ofSeconds(d.pollSeconds()))) {
                pull(u);
            }
        }
        clients.retain(transactions.upstreams().stream().map(Upstream::id).toList());
    }

    /** Pulls one upstream to the end of its result, or to the first failure (recorded on its checkpoint). */
    public void pull(Upstream upstream) {
        transactions.runStarted(upstream.id());
        long before = transactions.checkpoint(upstream.id()).pulled();
        try {
            XapiClient client = clients.of(upstream);
            PullCheckpoint cp = transactions.checkpoint(upstream.id());
            StatementPage page = null;
            if (cp.more() != null) {
                try {
                    page = client.more(cp.more());
                } catch (RefusedException e) { // a remote may expire its more IRLs: start again from the time
                    LOG.info(() -> "Upstream " + upstream.name() + " no longer serves the saved more IRL ("
                            + e.getMessage() + "); pulling from the last stored time");
                    cp = transactions.dropMore(upstream, cp);
                }
            }
            if (page == null) {
                page = client.statements(query(upstream.definition().filters(), cp));
            }
            while (true) {
                cp = transactions.store(upstream, cp, page);
                if (!page.hasMore()) {
                    break;
                }
                page = client.more(page.more().orElseThrow());
            }
            transactions.runSucceeded(upstream.id());
            long pulled = cp.pulled() - before;
            if (pulled > 0) {
                LOG.info(() -> "Pulled " + pulled + " statements from upstream " + upstream.name());
            }
        } catch (RuntimeException e) {
            String error = describe(e);
            LOG.log(Level.WARNING, "Pull from upstream " + upstream.name() + " stopped: " + error, e);
            transactions.runFailed(upstream.id(), error);
        }
    }

    StatementQuery query(PullFilters filters, PullCheckpoint cp) {
        return StatementQuery.builder()
                .activity(filters.activity())
                .relatedActivities(filters.relatedActivities())
                .verb(filters.verb())
                .since(cp.since(filters.since(), settings.overlap()))
                .limit(settings.pageSize())
                .ascending(true) // paging order is stored order: the checkpoint only moves forward
                .attachments(true) // Communication §2.1.3: the data of attachments without a fileUrl comes along
                .build();
    }

    static String describe(RuntimeException e) {
        String message = e instanceof Refusal r && r.property() != null
                ? r.property() + ": " + r.getMessage()
                : String.valueOf(e.getMessage());
        return message.length() <= MAX_ERROR_LENGTH ? message : message.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
