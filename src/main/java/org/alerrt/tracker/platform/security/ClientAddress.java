package org.alerrt.tracker.platform.security;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The client address sign-in failures are counted against: the connection's remote address, or, when that is one of
 * the configured trusted proxies ({@code tracker.security.trusted-proxies}), the nearest {@code X-Forwarded-For} hop
 * that is not a trusted proxy. With no trusted proxy (the default) the header is ignored: anyone can write it.
 */
public final class ClientAddress {

    /** IPv4 dotted quad, or IPv6 text (hex digits and colons, maybe an embedded IPv4): never a host name to look up. */
    private static final Pattern IP = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final Set<String> trustedProxies;

    /** @param trustedProxies comma-separated exact IP addresses; blank for none */
    public ClientAddress(String trustedProxies) {
        this.trustedProxies = trustedProxies == null ? Set.of() : Arrays.stream(trustedProxies.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public String of(String remoteAddress, String forwardedFor) {
        String client = remoteAddress;
        if (forwardedFor == null || !trustedProxies.contains(remoteAddress)) {
            return client;
        }
        String[] hops = forwardedFor.split(",");
        // right to left: each hop was added by the proxy before it; stop at the first one not ours
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.length() > 45 || !IP.matcher(hop).matches()) {
                return client; // garbage: keep the last address a trusted proxy vouched for
            }
            client = hop;
            if (!trustedProxies.contains(hop)) {
                return client;
            }
        }
        return client;
    }
}
