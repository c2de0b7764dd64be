package org.alerrt.tracker.lrs.adapters.rest.multipart;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * {@code GET /statements?attachments=true} (xAPI Communication §2.1.3.s2.b6, §1.5.2.s3.b1): multipart/mixed with
 * the statement or StatementResult as the first part and one part per distinct attachment hash. Attachment data is
 * loaded and written one part at a time, so memory holds at most one attachment.
 */
public final class MultipartStatementResponse {

    /** What is known of a stored attachment before its data is read. */
    public record PartInfo(String sha2, String contentType, long length) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private MultipartStatementResponse() {}

    /**
     * @param json    the first part: a statement or a StatementResult
     * @param parts   the attachments to include, in order, each once
     * @param content loads the data of one attachment by hash
     */
    public static Response.ResponseBuilder of(String json, List<PartInfo> parts, Function<String, byte[]> content) {
        String boundary = "xapi-" + HexFormat.of().formatHex(randomBytes());
        StreamingOutput body = out -> write(out, boundary, json, parts, content);
        return Response.ok(body).type("multipart/mixed; boundary=\"" + boundary + "\"");
    }

    static void write(
            OutputStream out, String boundary, String json, List<PartInfo> parts, Function<String, byte[]> content)
            throws IOException {
        ascii(out, "--" + boundary + "\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n");
        out.write(json.getBytes(StandardCharsets.UTF_8));
        for (PartInfo p : parts) {
            byte[] data = content.apply(p.sha2());
            ascii(
                    out,
                    "\r\n--" + boundary + "\r\n"
                            + "Content-Type: " + p.contentType().replaceAll("[\r\n]", " ") + "\r\n"
                            + "Content-Transfer-Encoding: binary\r\n"
                            + "Content-Length: " + data.length + "\r\n"
                            + "X-Experience-API-Hash: " + p.sha2() + "\r\n\r\n");
            out.write(data);
        }
        ascii(out, "\r\n--" + boundary + "--\r\n");
        out.flush();
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }

    private static void ascii(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
