package org.alerrt.tracker.platform.xapiclient;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * multipart/mixed bodies as xAPI exchanges statements with attachments (xAPI 1.0.3 Communication §1.5.2, RFC 2046
 * §5.1): the statements first as application/json, then one part per attachment with its
 * {@code X-Experience-API-Hash}. Reading tolerates bare LF line ends, a preamble, transport padding and an epilogue.
 */
final class Multipart {

    /** One body part: header names lower-cased. */
    record Part(Map<String, String> headers, byte[] body) {}

    private static final byte[] CRLF = {'\r', '\n'};

    private Multipart() {}

    /** The boundary parameter of a multipart Content-Type, unquoted. */
    static Optional<String> boundary(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("boundary")) {
                String value = p.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The parts of {@code body}; IllegalArgumentException if it has no opening or no closing delimiter. */
    static List<Part> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw new IllegalArgumentException("no boundary delimiter in the multipart body");
        }
        List<Part> parts = new ArrayList<>();
        while (true) {
            pos += delimiter.length;
            if (pos + 1 < body.length && body[pos] == '-' && body[pos + 1] == '-') {
                return parts; // the close delimiter; what follows is the epilogue
            }
            int lineEnd = indexOf(body, new byte[] {'\n'}, pos);
            if (lineEnd < 0) {
                throw new IllegalArgumentException("multipart body ends after a delimiter");
            }
            int headersStart = lineEnd + 1;
            int bodyStart;
            int headersEnd;
            if (startsWith(body, headersStart, CRLF)) {
                headersEnd = headersStart;
                bodyStart = headersStart + 2;
            } else if (startsWith(body, headersStart, new byte[] {'\n'})) {
                headersEnd = headersStart;
                bodyStart = headersStart + 1;
            } else {
                int crlf = indexOf(body, new byte[] {'\r', '\n', '\r', '\n'}, headersStart);
                int lf = indexOf(body, new byte[] {'\n', '\n'}, headersStart);
                if (crlf < 0 && lf < 0) {
                    throw new IllegalArgumentException("multipart part without the blank line ending its headers");
                }
                boolean useCrlf = crlf >= 0 && (lf < 0 || crlf < lf);
                headersEnd = useCrlf ? crlf : lf;
                bodyStart = useCrlf ? crlf + 4 : lf + 2;
            }
            byte[] next = new byte[delimiter.length + 1];
            next[0] = '\n';
            System.arraycopy(delimiter, 0, next, 1, delimiter.length);
            int nextDelimiter = indexOf(body, next, bodyStart - 1);
            if (nextDelimiter < 0) {
                throw new IllegalArgumentException("multipart body without its closing delimiter");
            }
            int bodyEnd =
                    nextDelimiter > bodyStart && body[nextDelimiter - 1] == '\r' ? nextDelimiter - 1 : nextDelimiter;
            parts.add(new Part(
                    headers(new String(body, headersStart, headersEnd - headersStart, StandardCharsets.ISO_8859_1)),
                    Arrays.copyOfRange(body, bodyStart, Math.max(bodyStart, bodyEnd))));
            pos = nextDelimiter + 1;
        }
    }

    /** A body of the statements' JSON followed by the attachments; {@code boundary} is the value for Content-Type. */
    static byte[] write(String boundary, String json, List<Attachment> attachments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ascii(out, "--" + boundary + "\r\nContent-Type: application/json\r\n\r\n");
        out.writeBytes(json.getBytes(StandardCharsets.UTF_8));
        for (Attachment a : attachments) {
            ascii(
                    out,
                    "\r\n--" + boundary + "\r\nContent-Type: " + a.contentType()
                            + "\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + a.sha2()
                            + "\r\n\r\n");
            out.writeBytes(a.content());
        }
        ascii(out, "\r\n--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    static String newBoundary() {
        return "xapiclient-" + UUID.randomUUID();
    }

    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : block.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(
                        line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        if (at + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte[] target, int from) {
        for (int i = Math.max(from, 0); i + target.length <= body.length; i++) {
            if (startsWith(body, i, target)) {
                return i;
            }
        }
        return -1;
    }
}
