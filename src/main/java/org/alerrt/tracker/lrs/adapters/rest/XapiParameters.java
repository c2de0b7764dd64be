package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Set;
import org.alerrt.tracker.lrs.domain.validation.XapiValidationException;

/** The query parameters a resource of the xAPI API knows: any other one is a 400 naming it. */
final class XapiParameters {

    private XapiParameters() {}

    /**
     * 400 for the first parameter not in {@code known}, e.g. resource "Agents Resource", section "§2.4", or given
     * more than once (which of two values would be meant is not for the LRS to guess).
     */
    static void onlyKnown(MultivaluedMap<String, String> params, Set<String> known, String resource, String section) {
        for (var e : params.entrySet()) {
            String name = e.getKey();
            if (!known.contains(name)) {
                throw new XapiValidationException(
                        name, "is not a parameter of the " + resource + " (xAPI Communication " + section + ")");
            }
            if (e.getValue().size() > 1) {
                throw new XapiValidationException(name, "must be given once (xAPI Communication " + section + ")");
            }
        }
    }

    /** The one parameter a resource takes: 400 as {@link #onlyKnown} does, or when it is missing or blank. */
    static String theOnlyParameter(
            MultivaluedMap<String, String> params, String name, String resource, String section) {
        onlyKnown(params, Set.of(name), resource, section);
        String value = params.getFirst(name);
        if (value == null || value.isBlank()) {
            throw new XapiValidationException(
                    name, "the " + name + " parameter is required (xAPI Communication " + section + ")");
        }
        return value;
    }
}
