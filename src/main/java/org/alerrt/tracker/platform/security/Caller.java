package org.alerrt.tracker.platform.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who an authenticated request comes from: a login name, its groups (= roles), the id of the record behind it and,
 * for LRS credentials, the xAPI scopes it holds (read fresh on every request, so a change applies at once).
 */
public record Caller(String name, Set<String> groups, long id, Set<String> scopes) implements Serializable {

    public Caller {
        groups = Set.copyOf(groups);
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    public Caller(String name, Set<String> groups, long id) {
        this(name, groups, id, Set.of());
    }

    public boolean hasRole(String role) {
        return groups.contains(role);
    }
}
