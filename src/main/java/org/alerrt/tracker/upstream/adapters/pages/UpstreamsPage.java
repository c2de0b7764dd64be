package org.alerrt.tracker.upstream.adapters.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.web.pages.Pages;
import org.alerrt.tracker.upstream.application.UpstreamService;
import org.alerrt.tracker.upstream.application.UpstreamStatus;
import org.alerrt.tracker.upstream.domain.PullCheckpoint;
import org.alerrt.tracker.upstream.domain.PullFilters;
import org.alerrt.tracker.upstream.domain.UpstreamDefinition;

/**
 * {@code /admin/upstreams}: the upstream LRSs, where each pull stands (checkpoint, lag, last error), and a form to
 * add one; pulling can be paused and resumed, an upstream removed. The secret is typed in once and never shown.
 */
@Named
@RequestScoped
public class UpstreamsPage {

    @Inject
    UpstreamService upstreams;

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
