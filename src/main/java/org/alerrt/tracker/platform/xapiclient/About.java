package org.alerrt.tracker.platform.xapiclient;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * The remote's About resource (xAPI 1.0.3 Communication §2.8): the versions it speaks, and the document itself for its
 * extensions.
 */
public record About(List<String> versions, JsonObject document) {

    public About {
        versions = List.copyOf(versions);
    }

    public boolean supports(XapiVersion version) {
        return versions.contains(version.header());
    }
}
