package org.alerrt.tracker.upstream.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private final SecretBox box = new SecretBox(SecretBox.newKey());

    @Test
    void opensWhatItSealedAndNeverShowsTheSecret() {
        String sealed = box.seal("upstream-secret-ü");
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains("upstream-secret"));
        assertEquals("upstream-secret-ü", box.open(sealed));
    }

    @Test
    void aFreshNonceEachTime() {
        assertNotEquals(box.seal("same"), box.seal("same"));
    }

    @Test
    void anotherKeyOrAnAlteredValueIsRefusedNotMisread() {
        String sealed = box.seal("secret");
        assertThrows(SecretBox.WrongKeyException.class, () -> new SecretBox(SecretBox.newKey()).open(sealed));
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThrows(SecretBox.WrongKeyException.class, () -> box.open(altered));
        assertThrows(SecretBox.WrongKeyException.class, () -> box.open("secret"));
    }

    @Test
    void aConfiguredKeyIsTheBase64OfThirtyTwoBytes() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        assertEquals(32, SecretBox.parseKey(key).length);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> SecretBox.parseKey(Base64.getEncoder().encodeToString(new byte[16])));
        assertTrue(e.getMessage().contains("32 bytes"));
        assertThrows(IllegalArgumentException.class, () -> SecretBox.parseKey("not base64!"));
    }
}
