package org.alerrt.tracker.lrs.adapters.rest.multipart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alerrt.tracker.platform.errors.Refusal;

/**
 * RFC 2046 §5.1.1 body parts of a multipart entity. Delimiters are CRLF "--" boundary (the first may open the
 * body without the CRLF), optionally followed by linear whitespace; the close delimiter ends with "--". Preamble
 * and epilogue are ignored. Anything else (no close delimiter, headers without their blank line) → 400.
 */
public final class MultipartBody {

    /** One body part: headers by lower-case name, and the raw octets. */
    public record Part(Map<String, String> headers, byte[] body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private MultipartBody() {}

    /**
     * The boundary parameter of a multipart Content-Type value, quoted or not (RFC 2046 §5.1.1: 1–70 characters).
     */
    public static String boundary(String contentType) {
        if (contentType != null) {
            for (String param : parameters(contentType)) {
                int eq = param.indexOf('=');
                if (eq > 0 && param.substring(0, eq).trim().equalsIgnoreCase("boundary")) {
                    String value = param.substring(eq + 1).trim();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
                    }
                    if (value.isEmpty() || value.length() > 70 || value.endsWith(" ")) {
                        break;
                    }
                    return value;
                }
            }
        }
        throw new Refusal(
                Refusal.Kind.INVALID,
                "Content-Type",
                "multipart/mixed needs a boundary parameter of 1 to 70 "
                        + "characters (RFC 2046 §5.1.1, xAPI Communication §1.5.2)");
    }

    /** Splits "type/sub; a=b; c=\"d;e\"" into parameters, respecting quoted strings. */
    private static List<String> parameters(String contentType) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        boolean quoted = false;
        for (int i = 0; i < contentType.length(); i++) {
            char c = contentType.charAt(i);
            if (c == ';' && !quoted) {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder();
                continue;
            }
            if (current == null) {
                continue; // the media type itself
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < contentType.length()) {
                current.append(c);
                c = contentType.charAt(++i);
            }
            current.append(c);
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    public static List<Part> parse(byte[] body, String boundary) {
        byte[] dash = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] delimiter = concat(CRLF, dash);
        int pos;
        if (startsWith(body, 0, dash)) {
            pos = dash.length;
        } else {
            int at = indexOf(body, delimiter, 0);
            if (at < 0) {
                throw malformed("the body does not contain the boundary delimiter");
            }
            pos = at + delimiter.length;
        }
        List<Part> parts = new ArrayList<>();
        while (true) {
            if (startsWith(body, pos, new byte[] {'-', '-'})) {
                return parts; // close delimiter; the epilogue is ignored
            }
            pos = skipPaddingAndCrlf(body, pos);
            Map<String, String> headers;
            int contentStart;
            if (startsWith(body, pos, CRLF)) {
                headers = Map.of();
                contentStart = pos + 2;
            } else {
                int end = indexOf(body, HEADER_END, pos);
                if (end < 0) {
                    throw malformed("a part's headers are not ended by an empty line (CRLF CRLF)");
                }
                headers = headers(new String(body, pos, end - pos, StandardCharsets.ISO_8859_1));
                contentStart = end + HEADER_END.length;
            }
            int next = indexOf(body, delimiter, contentStart);
            if (next < 0) {
                throw malformed("the closing boundary delimiter \"--" + boundary + "--\" is missing");
            }
            parts.add(new Part(headers, Arrays.copyOfRange(body, contentStart, next)));
            pos = next + delimiter.length;
        }
    }

    /** RFC 2046 allows linear whitespace after a delimiter; then the line must end. */
    private static int skipPaddingAndCrlf(byte[] body, int pos) {
        int p = pos;
        while (p < body.length && (body[p] == ' ' || body[p] == '\t')) {
            p++;
        }
        if (!startsWith(body, p, CRLF)) {
            throw malformed("a boundary delimiter must be followed by CRLF or \"--\"");
        }
        return p + 2;
    }

    /** RFC 5322 header fields; folded lines continue the previous field. */
    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        String last = null;
        for (String line : block.split("\r\n", -1)) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                headers.put(last, headers.get(last) + " " + line.trim());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw malformed("the part header line '" + line + "' is not 'Name: value'");
            }
            last = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            headers.put(last, line.substring(colon + 1).trim());
        }
        return headers;
    }

    static int indexOf(byte[] data, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > data.length) {
            return false;
        }
        for (int j = 0; j < prefix.length; j++) {
            if (data[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Refusal malformed(String why) {
        return new Refusal(
                Refusal.Kind.INVALID,
                "Content-Type",
                "Malformed multipart/mixed body: " + why + " (RFC 2046 §5.1.1, xAPI Communication §1.5.2.s2.b2)");
    }
}
