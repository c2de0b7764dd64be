package org.alerrt.tracker.upstream.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the secrets of upstream credentials at rest with AES-256-GCM (NIST SP 800-38D): a fresh 96-bit nonce per
 * seal, a 128-bit tag, so a sealed value cannot be read or altered without the key. The sealed form is
 * {@code v1:} + base64(nonce ‖ ciphertext ‖ tag); the version prefix leaves room for another scheme or key later.
 */
public final class SecretBox {

    public static final int KEY_BYTES = 32;
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SecretBox(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("must be " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** A key as configured: the base64 of 32 random bytes (e.g. {@code openssl rand -base64 32}). */
    public static byte[] parseKey(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    "must be the base64 of 32 bytes (an AES-256 key), e.g. from 'openssl rand -base64 32'");
        }
        return key;
    }

    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    public String seal(String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = c.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The secret; {@link WrongKeyException} when it was sealed under another key (or altered). */
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new WrongKeyException("not a sealed secret of this version");
        }
        byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        if (all.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new WrongKeyException("the sealed secret is truncated");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new WrongKeyException("the secret was sealed under another tracker.upstream.key (or altered);"
                    + " set the key it was sealed with, or enter the secret again");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** A sealed secret this key cannot open. */
    public static final class WrongKeyException extends RuntimeException {
        public WrongKeyException(String message) {
            super(message);
        }
    }
}
