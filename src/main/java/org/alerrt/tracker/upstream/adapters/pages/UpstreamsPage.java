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
 * upstream or change one (its secret kept unless a new one is typed); pulling can be paused and resumed, an upstream
 * removed. Upstreams of the upstream file change only there: the page shows them without these buttons. The secret
 * is typed in once and never shown.
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
    private Long editId;
    private List<UpstreamStatus> list;
    private List<DeadLetter> deadLetters;

    public List<UpstreamStatus> getUpstreams() {
        if (list == null) {
            list = upstreams.list();
        }
        return list;
    }

    /** Adds an upstream, or saves the one being edited ({@link #edit}); a blank secret keeps the stored one. */
    public void save() {
        try {
            boolean pullEnabled = editId == null
                    || upstreams.find(editId).upstream().definition().pullEnabled();
            UpstreamDefinition d = new UpstreamDefinition(
                    name,
                    UpstreamDefinition.endpoint(endpoint),
                    key,
                    UpstreamDefinition.version(version),
                    pullEnabled,
                    new PullFilters(activity, relatedActivities, verb, PullFilters.since(since)),
                    pollSeconds == null ? 0 : pollSeconds);
            if (editId == null) {
                upstreams.create(d, secret);
                Pages.info("Upstream '" + d.name() + "' added: it is pulled within " + d.pollSeconds() + " seconds.");
            } else {
                upstreams.update(editId, d, secret == null || secret.isEmpty() ? null : secret);
                Pages.info("Upstream '" + d.name() + "' saved; its checkpoint stays.");
            }
            list = null;
            editId = null;
            name = endpoint = key = secret = activity = verb = since = null;
            relatedActivities = false;
            version = "1.0.3";
            pollSeconds = 60;
        } catch (Refusal e) {
            Pages.error("create", e);
        }
    }

    /** Fills the form with an upstream's values (never its secret) to change it. */
    public void edit(long id) {
        UpstreamDefinition d = upstreams.find(id).upstream().definition();
        editId = id;
        name = d.name();
        endpoint = d.endpoint().toString();
        key = d.key();
        secret = null;
        version = d.version().header();
        activity = d.filters().activity();
        relatedActivities = d.filters().relatedActivities();
        verb = d.filters().verb();
        since = d.filters().since() == null ? null : d.filters().since().toString();
        pollSeconds = d.pollSeconds();
    }

    /** Pauses or resumes pulling; everything else stays as it is (the secret too). */
    public void togglePull(long id) {
        UpstreamDefinition d = upstreams.find(id).upstream().definition();
        try {
            upstreams.update(
                    id,
                    new UpstreamDefinition(
                            d.name(),
                            d.endpoint(),
                            d.key(),
                            d.version(),
                            !d.pullEnabled(),
                            d.filters(),
                            d.pollSeconds()),
                    null);
            Pages.info("Pulling from '" + d.name() + "' " + (d.pullEnabled() ? "paused." : "resumed."));
        } catch (Refusal e) {
            Pages.error(e.getMessage());
        }
        list = null;
    }

    public void delete(long id) {
        String removed = upstreams.find(id).upstream().name();
        try {
            upstreams.delete(id);
            Pages.info("Upstream '" + removed + "' removed; the statements pulled from it stay.");
        } catch (Refusal e) {
            Pages.error(e.getMessage());
        }
        list = null;
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

    /** The id of the upstream the form changes; null: the form adds one. */
    public Long getEditId() {
        return editId;
    }

    public void setEditId(Long editId) {
        this.editId = editId;
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
