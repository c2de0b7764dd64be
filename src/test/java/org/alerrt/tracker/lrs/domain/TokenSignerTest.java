package org.alerrt.tracker.lrs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A token comes back exactly as signed, or not at all. */
class TokenSignerTest {

    private static final byte[] KEY = key(1);
    private final TokenSigner signer = new TokenSigner(KEY);

    @Test
    void roundTripsThePayload() {
        String payload = "{\"limit\":7,\"verb\":\"http://example.org/vérb\"}";
        assertEquals(payload, signer.verify(signer.sign(payload)).orElseThrow());
    }

    @Test
    void aChangedPayloadIsRefused() {
        String token = signer.sign("{\"limit\":7}");
        String forged = encode("{\"limit\":700}") + token.substring(token.indexOf('.'));
        assertTrue(signer.verify(forged).isEmpty());
    }

    @Test
    void aChangedSignatureIsRefused() {
        String token = signer.sign("{\"limit\":7}");
        int dot = token.indexOf('.');
        byte[] mac = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        mac[0] ^= 1;
        assertTrue(signer.verify(token.substring(0, dot + 1)
                        + Base64.getUrlEncoder().withoutPadding().encodeToString(mac))
                .isEmpty());
    }

    @Test
    void aTokenOfAnotherKeyIsRefused() {
        assertTrue(signer.verify(new TokenSigner(key(2)).sign("{\"limit\":7}")).isEmpty());
    }

    @Test
    void truncatedUnsignedAndMalformedTokensAreRefused() {
        String token = signer.sign("{\"limit\":7}");
        for (String bad : new String[] {
            token.substring(0, token.length() - 2),
            token.substring(0, token.indexOf('.')),
            token.substring(0, token.indexOf('.') + 1),
            token + ".x",
            "." + token,
            "%%%.%%%",
            "",
            "a.b",
            null
        }) {
            assertTrue(signer.verify(bad).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TokenSigner(new byte[16]));
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[TokenSigner.KEY_BYTES];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private static String encode(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
