package org.alerrt.tracker.lrs.domain.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Digests of document keys and contents. */
public final class Hashes {

    private Hashes() {}

    /** Each part is length-prefixed (absent = "-"), so no two different tuples share an input. */
    public static String sha256(String... parts) {
        StringBuilder in = new StringBuilder();
        for (String part : parts) {
            in.append(part == null ? "-" : part.length() + ":" + part).append('|');
        }
        return hex("SHA-256", in.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required by the Java platform", e);
        }
    }
}
