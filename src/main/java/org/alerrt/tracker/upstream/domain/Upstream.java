package org.alerrt.tracker.upstream.domain;

import java.time.Instant;

/**
 * A stored upstream LRS: its definition and its secret as sealed by {@link SecretBox} (opened only to call the
 * remote, never shown).
 *
 * @param fromFile defined in the upstream file ({@code tracker.upstream.file}), which alone changes it
 */
public record Upstream(
        long id, UpstreamDefinition definition, String sealedSecret, Instant updatedAt, boolean fromFile) {

    public Upstream(long id, UpstreamDefinition definition, String sealedSecret, Instant updatedAt) {
        this(id, definition, sealedSecret, updatedAt, false);
    }

    public String name() {
        return definition.name();
    }

    /**
     * The account name of the authority the LRS gives statements pulled from this upstream (Data §2.4.9); never an
     * LRS credential key, which cannot hold ':'. Forwarding recognises them by it and does not send them back.
     */
    public String authorityName() {
        return "upstream:" + name();
    }
}
