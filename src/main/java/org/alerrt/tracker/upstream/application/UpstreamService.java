package org.alerrt.tracker.upstream.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.upstream.domain.ForwardSettings;
import org.alerrt.tracker.upstream.domain.Upstream;
import org.alerrt.tracker.upstream.domain.UpstreamDefinition;
import org.alerrt.tracker.upstream.domain.UpstreamRepository;

/**
 * The administrator's use cases on upstream LRSs: define, change, remove, look at them. The secret is sealed
 * ({@link UpstreamKeys}) before it reaches the repository and never comes back out of this service.
 */
@ApplicationScoped
public class UpstreamService {

    static final int MAX_SECRET_LENGTH = 1000;

    @Inject
    UpstreamRepository upstreams;

    @Inject
    UpstreamKeys keys;

    @Inject
    ForwardAdmin forwards;

    @Transactional
    public UpstreamStatus create(UpstreamDefinition definition, String secret) {
        if (secret == null) {
            throw Refusal.invalid("secret", "secret is required");
        }
        String sealed = seal(secret);
        uniqueName(definition.name(), -1);
        long id = upstreams.insert(definition, sealed, Instant.now());
        return find(id);
    }

    /** @param secret null keeps the stored secret */
    @Transactional
    public UpstreamStatus update(long id, UpstreamDefinition definition, String secret) {
        editable(id);
        String sealed = secret == null ? null : seal(secret);
        uniqueName(definition.name(), id);
        if (!upstreams.update(id, definition, sealed, Instant.now())) {
            throw notFound(id);
        }
        return find(id);
    }

    @Transactional
    public void delete(long id) {
        editable(id);
        if (!upstreams.delete(id)) {
            throw notFound(id);
        }
    }

    @Transactional
    public UpstreamStatus find(long id) {
        return upstreams
                .find(id)
                .map(u -> new UpstreamStatus(u, upstreams.checkpoint(id).orElseThrow()))
                .orElseThrow(() -> notFound(id));
    }

    @Transactional
    public List<UpstreamStatus> list() {
        return upstreams.list().stream()
                .map(u -> new UpstreamStatus(u, upstreams.checkpoint(u.id()).orElseThrow()))
                .toList();
    }

    /**
     * Creates or updates (by name) an upstream of the upstream file and marks it so; its checkpoint stays. Runs at
     * each start, so the file's values win: the API and page refuse to change such an upstream ({@link #editable}).
     * Two instances starting together may both insert: the loser's unique-name violation rolls its transaction
     * back, and a second call updates.
     *
     * @param forward null turns forwarding off (its position stays)
     * @param from where forwarding starts the first time it is set; never moves it later
     */
    @Transactional
    public UpstreamStatus define(UpstreamDefinition definition, String secret, ForwardSettings forward, Instant from) {
        String sealed = seal(secret);
        Instant now = Instant.now();
        long id = upstreams
                .findByName(definition.name())
                .map(u -> {
                    upstreams.update(u.id(), definition, sealed, now);
                    return u.id();
                })
                .orElseGet(() -> upstreams.insert(definition, sealed, now));
        upstreams.fromFile(id, true);
        if (forward != null) {
            forwards.configureFromFile(id, forward, from);
        } else {
            forwards.status(id)
                    .ifPresent(p -> forwards.configureFromFile(
                            id, new ForwardSettings(false, p.settings().rules()), null));
        }
        return find(id);
    }

    /**
     * Hands the upstreams the file no longer names over to the API and page (rather than removing them: a file lost
     * or renamed by mistake then stops no pull and loses no checkpoint); their names.
     */
    @Transactional
    public List<String> releaseAllBut(Collection<String> names) {
        List<String> released = new ArrayList<>();
        for (Upstream u : upstreams.list()) {
            if (u.fromFile() && !names.contains(u.name())) {
                upstreams.fromFile(u.id(), false);
                released.add(u.name());
            }
        }
        return released;
    }

    /** An upstream of the upstream file changes only there (409 naming the file). */
    @Transactional
    public void editable(long id) {
        upstreams.find(id).filter(Upstream::fromFile).ifPresent(u -> {
            throw Refusal.conflict(
                    "name",
                    "upstream '" + u.name() + "' is defined in the upstream file (tracker.upstream.file, in"
                            + " lrs-config/): change it there and restart");
        });
    }

    private String seal(String secret) {
        if (secret.isEmpty() || secret.length() > MAX_SECRET_LENGTH) {
            throw Refusal.invalid("secret", "secret must be 1 to " + MAX_SECRET_LENGTH + " characters");
        }
        return keys.box().seal(secret);
    }

    private void uniqueName(String name, long except) {
        upstreams.findByName(name).filter(u -> u.id() != except).ifPresent(u -> {
            throw Refusal.conflict("name", "an upstream named '" + name + "' exists already");
        });
    }

    private static Refusal notFound(long id) {
        return Refusal.notFound("no upstream " + id);
    }
}
