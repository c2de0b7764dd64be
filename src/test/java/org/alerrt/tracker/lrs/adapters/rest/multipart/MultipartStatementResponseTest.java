package org.alerrt.tracker.lrs.adapters.rest.multipart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.alerrt.tracker.lrs.domain.attachments.Sha2;
import org.junit.jupiter.api.Test;

/** §2.1.3.s2.b6: what the writer produces, the parser (and so any RFC 2046 reader) reads back part for part. */
class MultipartStatementResponseTest {

    @Test
    void writesTheStatementsFirstThenOnePartPerHashWithItsHeaders() throws Exception {
        byte[] a = {1, 2, '\r', '\n', '-', '-'};
        byte[] b = "text".getBytes(StandardCharsets.US_ASCII);
        Map<String, byte[]> data = Map.of(Sha2.sha256Hex(a), a, Sha2.sha256Hex(b), b);
        List<MultipartStatementResponse.PartInfo> parts = List.of(
                new MultipartStatementResponse.PartInfo(Sha2.sha256Hex(a), "application/octet-stream", a.length),
                new MultipartStatementResponse.PartInfo(Sha2.sha256Hex(b), "text/plain", b.length));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MultipartStatementResponse.write(out, "xyz", "{\"statements\":[],\"more\":\"\"}", parts, data::get);

        List<MultipartBody.Part> read = MultipartBody.parse(out.toByteArray(), "xyz");
        assertEquals(3, read.size());
        assertEquals("application/json; charset=UTF-8", read.get(0).header("Content-Type"));
        assertEquals("{\"statements\":[],\"more\":\"\"}", new String(read.get(0).body(), StandardCharsets.UTF_8));
        assertArrayEquals(a, read.get(1).body());
        assertEquals(Sha2.sha256Hex(a), read.get(1).header("X-Experience-API-Hash"));
        assertEquals("binary", read.get(1).header("Content-Transfer-Encoding"));
        assertEquals("text/plain", read.get(2).header("Content-Type"));
        assertArrayEquals(b, read.get(2).body());
    }
}
