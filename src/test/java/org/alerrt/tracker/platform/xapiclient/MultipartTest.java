package org.alerrt.tracker.platform.xapiclient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MultipartTest {

    @Test
    void boundaryQuotedOrNot() {
        assertEquals(Optional.of("abc"), Multipart.boundary("multipart/mixed; boundary=abc"));
        assertEquals(Optional.of("a b:c"), Multipart.boundary("multipart/mixed;charset=x; Boundary=\"a b:c\""));
        assertEquals(Optional.empty(), Multipart.boundary("multipart/mixed"));
    }

    @Test
    void writtenBodyReadsBack() {
        byte[] binary = {0, 1, 2, '\r', '\n', '-', '-', (byte) 0xff};
        Attachment a = new Attachment("ab12", "application/octet-stream", binary);
        byte[] body = Multipart.write(
                "b0undary", "[{\"id\":\"x\"}]", List.of(a, new Attachment("cd", "text/plain", new byte[0])));

        List<Multipart.Part> parts = Multipart.parse(body, "b0undary");

        assertEquals(3, parts.size());
        assertEquals("application/json", parts.get(0).headers().get("content-type"));
        assertEquals("[{\"id\":\"x\"}]", new String(parts.get(0).body(), StandardCharsets.UTF_8));
        assertEquals("ab12", parts.get(1).headers().get("x-experience-api-hash"));
        assertEquals("binary", parts.get(1).headers().get("content-transfer-encoding"));
        assertArrayEquals(binary, parts.get(1).body());
        assertArrayEquals(new byte[0], parts.get(2).body());
    }

    @Test
    void toleratesPreambleBareLineFeedsPaddingAndEpilogue() {
        String body = "preamble\n--xx  \nContent-Type: application/json\n\n{\"statements\":[]}\n--xx\n"
                + "X-Experience-API-Hash: 00\n\nraw\n--xx--\nepilogue";

        List<Multipart.Part> parts = Multipart.parse(body.getBytes(StandardCharsets.ISO_8859_1), "xx");

        assertEquals(2, parts.size());
        assertEquals("{\"statements\":[]}", new String(parts.get(0).body(), StandardCharsets.UTF_8));
        assertEquals("raw", new String(parts.get(1).body(), StandardCharsets.UTF_8));
    }

    @Test
    void truncatedBodyIsAnError() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Multipart.parse("--xx\r\nA: b\r\n\r\nno end".getBytes(StandardCharsets.ISO_8859_1), "xx"));
        assertThrows(
                IllegalArgumentException.class,
                () -> Multipart.parse("no delimiter".getBytes(StandardCharsets.ISO_8859_1), "xx"));
    }
}
