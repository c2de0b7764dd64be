package org.alerrt.tracker.lrs.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs what the LRS hands to clients and must get back unchanged (the "more" links of GET /statements): the token
 * is {@code base64url(payload) "." base64url(HMAC-SHA256(key, base64url(payload)))}. The payload stays readable; a
 * client can change nothing in it without the key, which never leaves the server.
 */
public final class TokenSigner {

    private static final String ALGORITHM = "HmacSHA256";
    /** RFC 2104 §3: a key shorter than the hash output weakens the MAC. */
    public static final int KEY_BYTES = 32;

    private final SecretKeySpec key;

    public TokenSigner(byte[] key) {
        if (key == null || key.length < KEY_BYTES) {
            throw new IllegalArgumentException("a signing key has at least " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public String sign(String payload) {
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return body + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(body));
    }

    /** The payload of a token this signer made; empty for anything else (tampered, truncated, foreign, unsigned). */
    public Optional<String> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String body = token.substring(0, dot);
        byte[] given;
        byte[] payload;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            payload = Base64.getUrlDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // constant time: how long the comparison takes says nothing about how much of a guess was right
        if (!MessageDigest.isEqual(mac(body), given)) {
            return Optional.empty();
        }
        return Optional.of(new String(payload, StandardCharsets.UTF_8));
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // not thread-safe: one per call (cheap next to the query)
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }
}
