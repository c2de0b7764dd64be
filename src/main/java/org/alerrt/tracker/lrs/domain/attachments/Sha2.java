package org.alerrt.tracker.lrs.domain.attachments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * SHA-2 hex digests as xAPI uses them in {@code sha2} and {@code X-Experience-API-Hash}: SHA-256, SHA-384 or
 * SHA-512 (Communication §1.5.2.s4.b4), told apart by the length of the hex string.
 */
public final class Sha2 {

    private Sha2() {}

    public static String sha256Hex(byte[] data) {
        return hex("SHA-256", data);
    }

    /** Whether the (normalized) hex is the digest of the data, with the algorithm its length implies. */
    public static boolean matches(String declaredHex, byte[] data) {
        String algorithm = switch (declaredHex.length()) {
            case 64 -> "SHA-256";
            case 96 -> "SHA-384";
            case 128 -> "SHA-512";
            default -> null;
        };
        return algorithm != null
                && MessageDigest.isEqual(
                        hex(algorithm, data).getBytes(StandardCharsets.US_ASCII),
                        declaredHex.getBytes(StandardCharsets.US_ASCII));
    }

    /** Hex digests compare case-insensitively; the store keys them in lower case. */
    public static String normalize(String hex) {
        if (hex == null) {
            throw new IllegalArgumentException("missing SHA-2 hash");
        }
        String h = hex.trim().toLowerCase(Locale.ROOT);
        if (!h.matches("[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128}")) {
            throw new IllegalArgumentException("'" + hex + "' is not a SHA-256, SHA-384 or SHA-512 hex digest");
        }
        return h;
    }

    private static String hex(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
