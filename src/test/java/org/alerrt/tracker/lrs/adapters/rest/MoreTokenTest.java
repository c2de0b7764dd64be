package org.alerrt.tracker.lrs.adapters.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.alerrt.tracker.lrs.domain.StatementFormat;
import org.alerrt.tracker.lrs.domain.StatementQuery;
import org.alerrt.tracker.platform.web.ApiException;
import org.junit.jupiter.api.Test;

/** The "more" link keeps the whole query, so the next page is rendered and filtered like the first. */
class MoreTokenTest {

    @Test
    void roundTripsEveryPartOfTheQuery() {
        StatementQuery q = new StatementQuery("mbox:mailto:a@x.org", "http://x.org/v", "http://x.org/a",
                "bbbbbbbb-0000-4000-8000-000000000000", true, true, Instant.parse("2026-01-01T00:00:00.001Z"),
                Instant.parse("2026-02-01T00:00:00Z"), 7, true, StatementFormat.CANONICAL, true, 99L);
        assertEquals(q, MoreToken.decode(MoreToken.encode(q)));
    }

    @Test
    void aForgedTokenIsABadRequest() {
        ApiException e = assertThrows(ApiException.class, () -> MoreToken.decode("not-a-token"));
        assertEquals(400, e.status());
    }
}
