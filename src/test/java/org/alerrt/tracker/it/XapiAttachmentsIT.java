package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.TrackerClient.array;
import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.alerrt.tracker.testsupport.TestSigner;
import org.junit.jupiter.api.Test;

/**
 * Attachments (xAPI Communication §1.5.2, §2.1.3 "attachments"; Data §2.4.11) and signed statements (Data §2.6)
 * over HTTP. The multipart bodies are built by hand here, independent of the server's parser and writer.
 */
class XapiAttachmentsIT extends AgainstDeployedTracker {

    static final String SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";
    static final TestSigner SIGNER = new TestSigner();

    static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    static String statement(String id, String attachmentsJson) {
        return """
                {"id": "%s",
                 "actor": {"objectType": "Agent", "mbox": "mailto:att-%s@example.org"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed"}},
                 "object": {"id": "https://alerrt.example.org/activities/%s"}%s}""".formatted(id, id, id, attachmentsJson == null ? "" : ", \"attachments\": [" + attachmentsJson + "]");
    }

    static String attachment(String usage, String contentType, int length, String sha2, String fileUrl) {
        return """
                {"usageType": "%s", "display": {"en-US": "evidence"}, "contentType": "%s", "length": %d,
                 "sha2": "%s"%s}""".formatted(
                        usage, contentType, length, sha2, fileUrl == null ? "" : ", \"fileUrl\": \"" + fileUrl + "\"");
    }

    /** A part: its headers (in order) and raw data. */
    record Part(Map<String, String> headers, byte[] data) {}

    static Part part(String contentType, byte[] data, String hash) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", contentType);
        h.put("Content-Transfer-Encoding", "binary");
        h.put("X-Experience-API-Hash", hash);
        return new Part(h, data);
    }

    static byte[] multipart(String boundary, String json, Part... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + json)
                .getBytes(StandardCharsets.UTF_8));
        for (Part p : parts) {
            StringBuilder h = new StringBuilder("\r\n--" + boundary + "\r\n");
            p.headers().forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
            out.writeBytes(h.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(p.data());
        }
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    HttpResponse<String> postMultipart(byte[] body) {
        return client.send(client.xapi("statements")
                .header("Content-Type", "multipart/mixed; boundary=\"abcABC0123'()+_,-./:=?\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static final String BOUNDARY = "abcABC0123'()+_,-./:=?";

    /** Splits a multipart response on its boundary (RFC 2046), independent of the server's code. */
    static List<Part> readMultipart(HttpResponse<byte[]> response) {
        String type = response.headers().firstValue("Content-Type").orElseThrow();
        Matcher m = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(type);
        assertTrue(m.find(), type);
        String text = new String(response.body(), StandardCharsets.ISO_8859_1);
        String delimiter = "--" + m.group(1);
        List<Part> parts = new ArrayList<>();
        String[] chunks = text.split(Pattern.quote("\r\n" + delimiter));
        for (int i = 0; i < chunks.length; i++) {
            String chunk = i == 0 ? chunks[0].substring(chunks[0].indexOf(delimiter) + delimiter.length()) : chunks[i];
            if (chunk.startsWith("--")) {
                break;
            }
            int end = chunk.indexOf("\r\n\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : chunk.substring(2, end).split("\r\n")) {
                int c = line.indexOf(':');
                headers.put(
                        line.substring(0, c).trim().toLowerCase(),
                        line.substring(c + 1).trim());
            }
            parts.add(new Part(headers, chunk.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1)));
        }
        return parts;
    }

    @Test
    void postedAttachmentComesBackWithGetAttachmentsTrue() throws Exception {
        // §1.5.2.s3.b4 accept, §2.1.3.s2.b6 return as multipart with the data, §2.1.3.s2.b7 JSON otherwise
        String id = UUID.randomUUID().toString();
        byte[] data = ("certificate scan " + id + "\r\n--not a boundary\u0000").getBytes(StandardCharsets.UTF_8);
        String hash = sha256(data);
        String json = statement(
                id,
                attachment("http://alerrt.example.org/usage/certificate", "application/pdf", data.length, hash, null));
        HttpResponse<String> post = postMultipart(multipart(BOUNDARY, json, part("application/pdf", data, hash)));
        assertEquals(200, post.statusCode(), post.body());
        assertEquals(id, array(post.body()).getString(0));

        HttpResponse<byte[]> get = client.sendForBytes(client.xapi("statements?statementId=" + id + "&attachments=true")
                .GET());
        assertEquals(200, get.statusCode(), new String(get.body(), StandardCharsets.UTF_8));
        assertTrue(get.headers().firstValue("Content-Type").orElseThrow().startsWith("multipart/mixed"));
        List<Part> parts = readMultipart(get);
        assertEquals(2, parts.size());
        assertTrue(parts.get(0).headers().get("content-type").startsWith("application/json"));
        JsonObject returned = object(new String(parts.get(0).data(), StandardCharsets.UTF_8));
        assertEquals(id, returned.getString("id"));
        assertEquals(hash, parts.get(1).headers().get("x-experience-api-hash"));
        assertEquals("application/pdf", parts.get(1).headers().get("content-type"));
        assertArrayEquals(data, parts.get(1).data());
        assertEquals(hash, sha256(parts.get(1).data()));

        HttpResponse<String> plain =
                client.send(client.xapi("statements?statementId=" + id).GET());
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals(
                hash,
                object(plain.body())
                        .getJsonArray("attachments")
                        .getJsonObject(0)
                        .getString("sha2"));
    }

    @Test
    void queryWithAttachmentsTrueSendsEachHashOnceForAllStatements() throws Exception {
        // §1.5.2.s2.b2.b5: one copy of data used by several statements; stored once per hash
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String registration = UUID.randomUUID().toString();
        byte[] data = ("shared " + registration).getBytes(StandardCharsets.UTF_8);
        String hash = sha256(data);
        String att = attachment("http://alerrt.example.org/usage/roster", "text/plain", data.length, hash, null);
        String batch = "["
                + statement(a, att)
                        .replace("\"object\"", "\"context\": {\"registration\": \"" + registration + "\"}, \"object\"")
                + ","
                + statement(b, att)
                        .replace("\"object\"", "\"context\": {\"registration\": \"" + registration + "\"}, \"object\"")
                + "]";
        HttpResponse<String> post = postMultipart(multipart(BOUNDARY, batch, part("text/plain", data, hash)));
        assertEquals(200, post.statusCode(), post.body());

        HttpResponse<byte[]> get =
                client.sendForBytes(client.xapi("statements?registration=" + registration + "&attachments=true")
                        .GET());
        assertEquals(200, get.statusCode());
        List<Part> parts = readMultipart(get);
        assertEquals(2, parts.size(), "the StatementResult and one part for the shared hash");
        assertEquals(
                2,
                object(new String(parts.get(0).data(), StandardCharsets.UTF_8))
                        .getJsonArray("statements")
                        .size());
        assertArrayEquals(data, parts.get(1).data());

        // the "more" link keeps the whole query, attachments=true included: the next page is multipart too
        HttpResponse<byte[]> first =
                client.sendForBytes(client.xapi("statements?registration=" + registration + "&attachments=true&limit=1")
                        .GET());
        String more = object(new String(readMultipart(first).get(0).data(), StandardCharsets.UTF_8))
                .getString("more");
        assertFalse(more.isEmpty());
        HttpResponse<byte[]> next =
                client.sendForBytes(client.xapi("statements?" + more.substring(more.indexOf('?') + 1))
                        .GET());
        assertEquals(200, next.statusCode());
        List<Part> nextParts = readMultipart(next);
        assertEquals(2, nextParts.size(), "the second page and its statement's attachment data");
        assertArrayEquals(data, nextParts.get(1).data());
    }

    @Test
    void attachmentWithoutFileUrlAndWithoutItsPartIs400() throws Exception {
        // §1.5.2.s3.b5
        String id = UUID.randomUUID().toString();
        byte[] data = "missing".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> post = postMultipart(multipart(
                BOUNDARY,
                statement(id, attachment("http://example.org/u", "text/plain", data.length, sha256(data), null))));
        assertEquals(400, post.statusCode(), post.body());
        assertTrue(post.body().contains("1.5.2.s3.b5"), post.body());
        assertEquals(
                404,
                client.send(client.xapi("statements?statementId=" + id).GET()).statusCode(),
                "nothing stored");
    }

    @Test
    void partWhoseHashDoesNotMatchItsDataIs400() throws Exception {
        String id = UUID.randomUUID().toString();
        byte[] data = "the real data".getBytes(StandardCharsets.UTF_8);
        String declared = sha256("other data".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> post = postMultipart(multipart(
                BOUNDARY,
                statement(id, attachment("http://example.org/u", "text/plain", data.length, declared, null)),
                part("text/plain", data, declared)));
        assertEquals(400, post.statusCode(), post.body());
        assertTrue(post.body().contains("X-Experience-API-Hash"), post.body());
    }

    @Test
    void partMatchingNoAttachmentIs400() throws Exception {
        String id = UUID.randomUUID().toString();
        byte[] data = "stray".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> post =
                postMultipart(multipart(BOUNDARY, statement(id, null), part("text/plain", data, sha256(data))));
        assertEquals(400, post.statusCode(), post.body());
    }

    @Test
    void multipartWithoutFinalBoundaryIs400() {
        String body = "--" + BOUNDARY + "\r\nContent-Type: application/json\r\n\r\n"
                + statement(UUID.randomUUID().toString(), null) + "\r\n";
        HttpResponse<String> post = postMultipart(body.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, post.statusCode(), post.body());
    }

    @Test
    void fileUrlOnlyAttachmentsAreAcceptedAsJsonAndAsMultipart() throws Exception {
        // §1.5.1.s1.b2 and §1.5.2.s3.b9
        String id = UUID.randomUUID().toString();
        String att = attachment(
                "http://example.org/u",
                "video/mp4",
                1000,
                sha256(id.getBytes(StandardCharsets.UTF_8)),
                "https://media.example.org/" + id + ".mp4");
        HttpResponse<String> json = client.postStatements(statement(id, att));
        assertEquals(200, json.statusCode(), json.body());
        String other = UUID.randomUUID().toString();
        HttpResponse<String> multipart = postMultipart(multipart(BOUNDARY, statement(other, att)));
        assertEquals(200, multipart.statusCode(), multipart.body());

        HttpResponse<byte[]> get = client.sendForBytes(client.xapi("statements?statementId=" + id + "&attachments=true")
                .GET());
        List<Part> parts = readMultipart(get);
        assertEquals(1, parts.size(), "metadata only: no data to send");
        assertEquals(
                "https://media.example.org/" + id + ".mp4",
                object(new String(parts.get(0).data(), StandardCharsets.UTF_8))
                        .getJsonArray("attachments")
                        .getJsonObject(0)
                        .getString("fileUrl"));
    }

    @Test
    void jsonRequestWithAttachmentWithoutFileUrlIs400() throws Exception {
        // §1.5.2.s2.b1
        String id = UUID.randomUUID().toString();
        HttpResponse<String> post = client.postStatements(statement(
                id,
                attachment(
                        "http://example.org/u",
                        "text/plain",
                        3,
                        sha256("abc".getBytes(StandardCharsets.UTF_8)),
                        null)));
        assertEquals(400, post.statusCode(), post.body());
        assertTrue(post.body().contains("1.5.2.s2.b1"), post.body());
    }

    @Test
    void multipartPutStoresTheStatementWithItsAttachment() throws Exception {
        String id = UUID.randomUUID().toString();
        byte[] data = {0, 1, 2, (byte) 0xfe, (byte) 0xff};
        String hash = sha256(data);
        HttpResponse<String> put = client.send(client.xapi("statements?statementId=" + id)
                .header("Content-Type", "multipart/mixed; boundary=" + "simpleBoundary")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(multipart(
                        "simpleBoundary",
                        statement(
                                id,
                                attachment(
                                        "http://example.org/u", "application/octet-stream", data.length, hash, null)),
                        part("application/octet-stream", data, hash)))));
        assertEquals(204, put.statusCode(), put.body());
        List<Part> parts =
                readMultipart(client.sendForBytes(client.xapi("statements?statementId=" + id + "&attachments=true")
                        .GET()));
        assertArrayEquals(data, parts.get(1).data());
    }

    @Test
    void validSignedStatementIsStored() throws Exception {
        // Data §2.6
        String id = UUID.randomUUID().toString();
        String original = statement(id, null);
        HttpResponse<String> post = postSigned(original, SIGNER.sign(original, JWSAlgorithm.RS256, true));
        assertEquals(200, post.statusCode(), post.body());
        assertEquals(id, array(post.body()).getString(0));
        JsonObject stored = object(
                client.send(client.xapi("statements?statementId=" + id).GET()).body());
        assertEquals(
                SIGNATURE, stored.getJsonArray("attachments").getJsonObject(0).getString("usageType"));
    }

    @Test
    void tamperedSignedStatementIs400() throws Exception {
        // Data §2.6.s5.b1, §2.6.s5.b3.b2
        String id = UUID.randomUUID().toString();
        String original = statement(id, null);
        String tampered = original.replace("verbs/completed", "verbs/passed");
        HttpResponse<String> post = postSigned(tampered, SIGNER.sign(original, JWSAlgorithm.RS256, true));
        assertEquals(400, post.statusCode(), post.body());
        assertTrue(post.body().contains("2.6.s5.b3.b2"), post.body());
        assertEquals(
                404,
                client.send(client.xapi("statements?statementId=" + id).GET()).statusCode());
    }

    @Test
    void hs256SignatureIs400() throws Exception {
        // Data §2.6.s4.b4
        String original = statement(UUID.randomUUID().toString(), null);
        HttpResponse<String> post = postSigned(original, TestSigner.signHs256(original));
        assertEquals(400, post.statusCode(), post.body());
        assertTrue(post.body().contains("2.6.s4.b4"), post.body());
    }

    @Test
    void attachmentsParameterMustBeBoolean() {
        HttpResponse<String> get =
                client.send(client.xapi("statements?statementId=" + UUID.randomUUID() + "&attachments=yes")
                        .GET());
        assertEquals(400, get.statusCode(), get.body());
        HttpResponse<String> query =
                client.send(client.xapi("statements?limit=1&attachments=false").GET());
        assertEquals(200, query.statusCode(), query.body());
        assertFalse(query.headers().firstValue("Content-Type").orElseThrow().startsWith("multipart"));
    }

    /** Posts {@code sent} with a signature attachment holding {@code jws} (Data §2.6.s4.b1). */
    private HttpResponse<String> postSigned(String sent, String jws) throws Exception {
        byte[] data = jws.getBytes(StandardCharsets.US_ASCII);
        String hash = sha256(data);
        String json = sent.substring(0, sent.lastIndexOf('}')) + ", \"attachments\": ["
                + attachment(SIGNATURE, "application/octet-stream", data.length, hash, null) + "]}";
        return postMultipart(multipart(BOUNDARY, json, part("application/octet-stream", data, hash)));
    }
}
