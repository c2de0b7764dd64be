package org.alerrt.tracker.platform.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
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

    /** An IPv4 address as remote addresses are given (four decimal numbers 0 to 255, no leading zeros). */
    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}" + "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    private final Set<String> trustedProxies;

    /** @param trustedProxies comma-separated exact IP addresses; blank for none */
    public ClientAddress(String trustedProxies) {
        this.trustedProxies = trustedProxies == null
                ? Set.of()
                : Arrays.stream(trustedProxies.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The rule of {@code tracker.security.trusted-proxies} (checked at start, {@code PlatformSettingsCheck}): blank,
     * or comma-separated IP addresses. A host name would never equal a remote address, so the proxy would silently
     * count as the only client; it is refused, never looked up.
     *
     * @throws IllegalArgumentException saying what is allowed
     */
    public static void checkTrustedProxies(String setting) {
        for (String entry : setting.split(",")) {
            String address = entry.strip();
            if (!address.isEmpty() && !IPV4.matcher(address).matches() && !ipv6(address)) {
                throw new IllegalArgumentException("must be blank or comma-separated IP addresses of reverse proxies,"
                        + " e.g. 10.0.0.5,10.0.0.6 (not '" + address + "': no host names, ranges or ports)");
            }
        }
    }

    /** An IPv6 literal: starting with a hex digit or ':' and holding a ':', the JDK parses it and never asks DNS. */
    private static boolean ipv6(String address) {
        if (!address.contains(":") || !address.matches("[0-9A-Fa-f:][0-9A-Fa-f:.]*")) {
            return false;
        }
        try {
            return InetAddress.getByName(address) instanceof Inet6Address;
        } catch (UnknownHostException | IllegalArgumentException e) {
            return false;
        }
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
