package org.alerrt.tracker.upstream.adapters.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.web.pages.Pages;
import org.alerrt.tracker.upstream.application.ForwardAdmin;
import org.alerrt.tracker.upstream.application.ForwardService;
import org.alerrt.tracker.upstream.application.UpstreamService;
import org.alerrt.tracker.upstream.application.UpstreamStatus;
import org.alerrt.tracker.upstream.domain.DeadLetter;
import org.alerrt.tracker.upstream.domain.ForwardPosition;
import org.alerrt.tracker.upstream.domain.PullCheckpoint;
import org.alerrt.tracker.upstream.domain.PullFilters;
import org.alerrt.tracker.upstream.domain.UpstreamDefinition;

/**
 * {@code /admin/upstreams}: the upstream LRSs, where each pull and forward stands (checkpoint, lag, last error), the
 * dead letters (retry as they are, or discard; a corrected statement goes through the API), and a form to add an
 * upstream; pulling can be paused and resumed, an upstream removed. The secret is typed in once and never shown.
 */
@Named
@RequestScoped
public class UpstreamsPage {

    @Inject
    UpstreamService upstreams;

    @Inject
    ForwardAdmin forwardAdmin;

    @Inject
    ForwardService forwards;

    private String name;
    private String endpoint;
    private String key;
    private String secret;
    private String version = "1.0.3";
    private String activity;
    private boolean relatedActivities;
    private String verb;
    private String since;
    private Integer pollSeconds = 60;
    private List<UpstreamStatus> list;
    private List<DeadLetter> deadLetters;

    public List<UpstreamStatus> getUpstreams() {
        if (list == null) {
            list = upstreams.list();
        }
        return list;
    }

    public void create() {
        try {
            UpstreamDefinition d = new UpstreamDefinition(
                    name,
                    UpstreamDefinition.endpoint(endpoint),
                    key,
                    UpstreamDefinition.version(version),
                    true,
                    new PullFilters(activity, relatedActivities, verb, PullFilters.since(since)),
                    pollSeconds == null ? 0 : pollSeconds);
            upstreams.create(d, secret);
            Pages.info("Upstream '" + d.name() + "' added: it is pulled within " + d.pollSeconds() + " seconds.");
            list = null;
            name = endpoint = key = secret = activity = verb = since = null;
        } catch (Refusal e) {
            Pages.error("create", e);
        }
    }

    /** Pauses or resumes pulling; everything else stays as it is (the secret too). */
    public void togglePull(long id) {
        UpstreamDefinition d = upstreams.find(id).upstream().definition();
        upstreams.update(
                id,
                new UpstreamDefinition(
                        d.name(), d.endpoint(), d.key(), d.version(), !d.pullEnabled(), d.filters(), d.pollSeconds()),
                null);
        list = null;
        Pages.info("Pulling from '" + d.name() + "' " + (d.pullEnabled() ? "paused." : "resumed."));
    }

    public void delete(long id) {
        String removed = upstreams.find(id).upstream().name();
        upstreams.delete(id);
        list = null;
        Pages.info("Upstream '" + removed + "' removed; the statements pulled from it stay.");
    }

    /** Where forwarding stands, in words: "off", or what was sent, how far behind, the dead letters. */
    public String forwardOf(UpstreamStatus s) {
        Optional<ForwardPosition> f = forwardAdmin.status(s.upstream().id());
        if (f.isEmpty() || !f.get().settings().enabled()) {
            return "off";
        }
        ForwardPosition p = f.get();
        return p.forwarded() + " sent, behind by " + p.lag(Instant.now()).toSeconds() + " s, " + p.deadLetters()
                + " dead letters" + (p.lastError() == null ? "" : "; failing: " + p.lastError());
    }

    /** Every upstream's dead letters, for the table below the list. */
    public List<DeadLetter> getDeadLetters() {
        if (deadLetters == null) {
            deadLetters = getUpstreams().stream()
                    .flatMap(u -> forwardAdmin.deadLetters(u.upstream().id()).stream())
                    .toList();
        }
        return deadLetters;
    }

    public void retry(long upstreamId, long deadLetterId) {
        try {
            boolean delivered = forwards.retry(upstreamId, deadLetterId, null);
            Pages.info(delivered ? "Delivered." : "Refused again: the error is updated below.");
        } catch (Refusal e) {
            Pages.error(e.getMessage());
        }
        deadLetters = null;
        list = null;
    }

    public void discard(long upstreamId, long deadLetterId) {
        forwardAdmin.discard(upstreamId, deadLetterId);
        deadLetters = null;
        list = null;
        Pages.info("Dead letter discarded: that statement is not sent.");
    }

    /** What is pulled, in words: the filters, or "everything". */
    public String filtersOf(UpstreamStatus s) {
        PullFilters f = s.upstream().definition().filters();
        StringBuilder b = new StringBuilder();
        if (f.activity() != null) {
            b.append("activity ").append(f.activity()).append(f.relatedActivities() ? " (and related)" : "");
        }
        if (f.verb() != null) {
            b.append(b.isEmpty() ? "" : ", ").append("verb ").append(f.verb());
        }
        if (f.since() != null) {
            b.append(b.isEmpty() ? "" : ", ").append("since ").append(f.since());
        }
        return b.isEmpty() ? "everything" : b.toString();
    }

    /** The age of the latest statement pulled, e.g. "3 min", or "–" before the first. */
    public String lagOf(UpstreamStatus s) {
        Duration lag = s.checkpoint().lag(Instant.now());
        if (lag == null) {
            return "–";
        }
        long seconds = Math.max(0, lag.toSeconds());
        return seconds < 120 ? seconds + " s" : seconds < 7200 ? seconds / 60 + " min" : seconds / 3600 + " h";
    }

    public String lastRunOf(UpstreamStatus s) {
        PullCheckpoint cp = s.checkpoint();
        return cp.lastRunAt() == null ? "never" : cp.lastRunAt().toString();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public boolean isRelatedActivities() {
        return relatedActivities;
    }

    public void setRelatedActivities(boolean relatedActivities) {
        this.relatedActivities = relatedActivities;
    }

    public String getVerb() {
        return verb;
    }

    public void setVerb(String verb) {
        this.verb = verb;
    }

    public String getSince() {
        return since;
    }

    public void setSince(String since) {
        this.since = since;
    }

    public Integer getPollSeconds() {
        return pollSeconds;
    }

    public void setPollSeconds(Integer pollSeconds) {
        this.pollSeconds = pollSeconds;
    }
}
