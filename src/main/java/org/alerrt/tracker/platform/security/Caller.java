package org.alerrt.tracker.platform.security;

import java.io.Serializable;
import java.util.Set;

/** Who an authenticated request comes from: a login name, its groups (= roles) and the id of the record behind it. */
public record Caller(String name, Set<String> groups, long id) implements Serializable {

    public Caller {
        groups = Set.copyOf(groups);
    }

    public boolean hasRole(String role) {
        return groups.contains(role);
    }
}
