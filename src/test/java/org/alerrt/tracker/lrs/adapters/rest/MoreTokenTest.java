package org.alerrt.tracker.lrs.adapters.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.alerrt.tracker.lrs.domain.StatementFormat;
import org.alerrt.tracker.lrs.domain.StatementQuery;
import org.alerrt.tracker.lrs.domain.TokenSigner;
import org.alerrt.tracker.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

/** The "more" link keeps the whole query, so the next page is rendered and filtered like the first. */
class MoreTokenTest {

    private static final TokenSigner SIGNER = new TokenSigner(key(7));

    @Test
    void roundTripsEveryPartOfTheQuery() {
        StatementQuery q = query(7);
        assertEquals(q, MoreToken.decode(MoreToken.encode(q, SIGNER), SIGNER, 500));
    }

    @Test
    void theLimitOfASignedTokenIsStillClampedToTheServerMaximum() {
        assertEquals(
                50,
                MoreToken.decode(MoreToken.encode(query(500), SIGNER), SIGNER, 50)
                        .limit());
        assertEquals(
                50,
                MoreToken.decode(MoreToken.encode(query(Integer.MAX_VALUE), SIGNER), SIGNER, 50)
                        .limit());
        assertEquals(
                50,
                MoreToken.decode(MoreToken.encode(query(0), SIGNER), SIGNER, 50).limit());
    }

    @Test
    void aForgedTokenIsABadRequestNamingMore() {
        String token = MoreToken.encode(query(7), SIGNER);
        String unsigned = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("{\"limit\":100000,\"asc\":false,\"cursor\":99,\"format\":\"exact\"}")
                        .getBytes(StandardCharsets.UTF_8));
        for (String forged : new String[] {
            "not-a-token",
            unsigned,
            token.substring(0, token.length() - 1),
            MoreToken.encode(query(7), new TokenSigner(key(8)))
        }) {
            Refusal e = assertThrows(Refusal.class, () -> MoreToken.decode(forged, SIGNER, 500));
            assertEquals(Refusal.Kind.INVALID, e.kind());
            assertEquals("more", e.property());
        }
    }

    @Test
    void aSignedPayloadThatIsNotAQueryIsABadRequestNamingMore() {
        Refusal e = assertThrows(Refusal.class, () -> MoreToken.decode(SIGNER.sign("[]"), SIGNER, 500));
        assertEquals("more", e.property());
    }

    private static StatementQuery query(int limit) {
        return new StatementQuery(
                "mbox:mailto:a@x.org",
                "http://x.org/v",
                "http://x.org/a",
                "bbbbbbbb-0000-4000-8000-000000000000",
                true,
                true,
                Instant.parse("2026-01-01T00:00:00.001Z"),
                Instant.parse("2026-02-01T00:00:00Z"),
                limit,
                true,
                StatementFormat.CANONICAL,
                true,
                99L,
                null);
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[TokenSigner.KEY_BYTES];
        Arrays.fill(key, (byte) fill);
        return key;
    }
}
