package org.alerrt.tracker.certificates.adapters.rest;

import org.alerrt.tracker.platform.web.ApiException;

/** Query parameters parsed by hand, so a bad value is a 400 naming the parameter (JAX-RS would answer 404). */
final class Paging {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private Paging() {
    }

    static Long optionalId(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest(name, name + " must be a positive whole number, was '" + value + "'");
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
    }
}
