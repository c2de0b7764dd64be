package org.alerrt.tracker.upstream.domain;

import java.time.Instant;

/**
 * A stored upstream LRS: its definition and its secret as sealed by {@link SecretBox} (opened only to call the
 * remote, never shown).
 */
public record Upstream(long id, UpstreamDefinition definition, String sealedSecret, Instant updatedAt) {

    public String name() {
        return definition.name();
    }
}
