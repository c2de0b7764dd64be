package org.alerrt.tracker.platform.web;

/**
 * Origins that contexts vouch for as hosting course content (e.g. the origins of absolute AU URLs of imported
 * courses), allowed by {@link CorsPolicy} besides the content origin and the configured ones. Implemented by the
 * contexts; platform depends on none of them.
 */
public interface CorsOrigins {

    /** @param origin an {@code Origin} header value, serialized as browsers do (RFC 6454 §6.1) */
    boolean allows(String origin);
}
