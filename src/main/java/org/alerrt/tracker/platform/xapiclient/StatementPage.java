package org.alerrt.tracker.platform.xapiclient;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One answer to GET statements: the statements as the remote sent them (each object unchanged, to be stored with its
 * id), the {@code more} IRL if the result was limited (xAPI 1.0.3 Data §2.5), the remote's
 * {@code X-Experience-API-Consistent-Through} (Communication §2.1.3.s2.b5) and the attachment parts of a
 * multipart/mixed answer.
 */
public record StatementPage(
        List<JsonObject> statements,
        Optional<String> more,
        Optional<Instant> consistentThrough,
        List<Attachment> attachments) {

    public StatementPage {
        statements = List.copyOf(statements);
        more = more.filter(m -> !m.isEmpty()); // "Empty string if there are no more results"
        attachments = List.copyOf(attachments);
    }

    public boolean hasMore() {
        return more.isPresent();
    }
}
