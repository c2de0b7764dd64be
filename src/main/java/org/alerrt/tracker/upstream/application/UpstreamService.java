package org.alerrt.tracker.upstream.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.alerrt.tracker.platform.errors.Refusal;
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
        String sealed = secret == null ? null : seal(secret);
        uniqueName(definition.name(), id);
        if (!upstreams.update(id, definition, sealed, Instant.now())) {
            throw notFound(id);
        }
        return find(id);
    }

    @Transactional
    public void delete(long id) {
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
