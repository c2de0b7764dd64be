package org.alerrt.tracker.lrs.domain.security;

import java.util.Locale;
import java.util.Set;

/**
 * Maps an xAPI request (method, resource path below {@code /xapi/}) to the scope it needs (xAPI Communication §4.2)
 * and decides it against the scopes a credential holds:
 * <ul>
 * <li>Statements: read with {@code statements/read}, {@code all/read} or {@code all}; {@code statements/read/mine}
 * reads only statements whose authority is the caller's credential; write with {@code statements/write} or {@code all}.</li>
 * <li>State: {@code state}; Activity and Agent Profiles: {@code profile}; reads of either also with {@code all/read},
 * and everything with {@code all}.</li>
 * <li>Activities and Agents (GET only, definitions gathered from statements): {@code statements/read},
 * {@code all/read} or {@code all}.</li>
 * <li>About and CORS preflights: no scope. Any other path needs {@code all}, so a resource added later is never
 * open to a narrower credential by accident.</li>
 * </ul>
 * {@code define} is recorded on credentials but gates nothing: this LRS keeps no canonical Activity or Agent
 * definitions beyond the statements themselves (§4.2.s2 row "define").
 */
public final class XapiAccessRule {

    /** The outcome: allowed (possibly only for the caller's own statements) or refused for want of a scope. */
    public record Decision(boolean allowed, boolean ownStatementsOnly, String missingScope) {

        static final Decision ALLOW = new Decision(true, false, null);
        static final Decision OWN_ONLY = new Decision(true, true, null);

        static Decision deny(String scope) {
            return new Decision(false, false, scope);
        }
    }

    private XapiAccessRule() {}

    public static Decision decide(Set<XapiScope> granted, String method, String path) {
        String m = method.toUpperCase(Locale.ROOT);
        if (m.equals("OPTIONS")) {
            return Decision.ALLOW;
        }
        boolean read = m.equals("GET") || m.equals("HEAD");
        String resource = normalise(path);
        if (resource.equals("about")) {
            return Decision.ALLOW;
        }
        if (granted.contains(XapiScope.ALL)) {
            return Decision.ALLOW;
        }
        boolean allRead = read && granted.contains(XapiScope.ALL_READ);
        switch (resource) {
            case "statements":
                if (!read) {
                    return allow(granted.contains(XapiScope.STATEMENTS_WRITE), XapiScope.STATEMENTS_WRITE);
                }
                if (allRead || granted.contains(XapiScope.STATEMENTS_READ)) {
                    return Decision.ALLOW;
                }
                return granted.contains(XapiScope.STATEMENTS_READ_MINE)
                        ? Decision.OWN_ONLY
                        : Decision.deny(XapiScope.STATEMENTS_READ.value());
            case "activities/state":
                return allow(allRead || granted.contains(XapiScope.STATE), XapiScope.STATE);
            case "activities/profile", "agents/profile":
                return allow(allRead || granted.contains(XapiScope.PROFILE), XapiScope.PROFILE);
            case "activities", "agents":
                return allow(
                        read && (allRead || granted.contains(XapiScope.STATEMENTS_READ)),
                        read ? XapiScope.ALL_READ : XapiScope.ALL);
            default:
                return allow(false, XapiScope.ALL);
        }
    }

    private static Decision allow(boolean allowed, XapiScope needed) {
        return allowed ? Decision.ALLOW : Decision.deny(needed.value());
    }

    /** "/statements/" → "statements"; resource names are case-sensitive like the rest of the xAPI. */
    static String normalise(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
