package org.alerrt.tracker.lrs.adapters.rest.multipart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alerrt.tracker.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

/** RFC 2046 §5.1.1 as xAPI Communication §1.5.2 uses it: delimiters, CRLF, preamble, epilogue, malformed bodies. */
class MultipartBodyTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void assert400(Runnable r) {
        Refusal e = assertThrows(Refusal.class, r::run);
        assertEquals(Refusal.Kind.INVALID, e.kind());
    }

    @Test
    void boundaryFromTheSpecificationExampleKeepsItsSpecialCharacters() {
        // Communication §1.5.2.s6: boundary="abcABC0123'()+_,-./:=?" (quoted, with = ? , / :)
        assertEquals(
                "abcABC0123'()+_,-./:=?",
                MultipartBody.boundary("multipart/mixed; boundary=\"abcABC0123'()+_,-./:=?\""));
        assertEquals("simple", MultipartBody.boundary("multipart/mixed;boundary=simple"));
        assertEquals("b", MultipartBody.boundary("multipart/mixed; charset=x; BOUNDARY=b"));
        assertEquals("a;b", MultipartBody.boundary("multipart/mixed; boundary=\"a;b\""));
    }

    @Test
    void missingEmptyOrTooLongBoundaryIs400() {
        assert400(() -> MultipartBody.boundary("multipart/mixed"));
        assert400(() -> MultipartBody.boundary("multipart/mixed; boundary="));
        assert400(() -> MultipartBody.boundary("multipart/mixed; boundary=\"\""));
        assert400(() -> MultipartBody.boundary("multipart/mixed; boundary=" + "x".repeat(71)));
        assert400(() -> MultipartBody.boundary(null));
    }

    @Test
    void parsesPartsWithHeadersAndRawBodies() {
        String body = "--B\r\nContent-Type: application/json\r\n\r\n{\"a\":1}\r\n"
                + "--B\r\nContent-Type:text/plain\r\nX-Experience-API-Hash: abc\r\n\r\nhere is a simple attachment\r\n"
                + "--B--";
        List<MultipartBody.Part> parts = MultipartBody.parse(bytes(body), "B");
        assertEquals(2, parts.size());
        assertEquals("application/json", parts.get(0).header("content-type"));
        assertEquals("{\"a\":1}", new String(parts.get(0).body(), StandardCharsets.UTF_8));
        assertEquals("text/plain", parts.get(1).header("Content-Type"));
        assertEquals("abc", parts.get(1).header("x-experience-api-hash"));
        assertEquals("here is a simple attachment", new String(parts.get(1).body(), StandardCharsets.UTF_8));
    }

    @Test
    void preambleAndEpilogueAreIgnored() {
        String body = "This is the preamble.\r\nIt is ignored.\r\n--B\r\n\r\nfirst\r\n--B--\r\nepilogue --B\r\n";
        List<MultipartBody.Part> parts = MultipartBody.parse(bytes(body), "B");
        assertEquals(1, parts.size());
        assertEquals("first", new String(parts.get(0).body(), StandardCharsets.US_ASCII));
        assertTrue(parts.get(0).headers().isEmpty(), "a part may have no headers (blank line right away)");
    }

    @Test
    void theCrlfBeforeADelimiterBelongsToTheDelimiterNotToTheData() {
        // RFC 2046: "the CRLF preceding the boundary delimiter line is conceptually attached to the boundary"
        String body = "--B\r\n\r\nline one\r\n\r\n\r\n--B--";
        assertEquals(
                "line one\r\n\r\n",
                new String(MultipartBody.parse(bytes(body), "B").get(0).body(), StandardCharsets.US_ASCII));
    }

    @Test
    void binaryDataWithCrLfDashesAndNulBytesIsKeptExactly() {
        byte[] data = {0, '\r', '\n', '-', '-', 'A', (byte) 0xff, '\r', '\n', '-', '-', 'B', 'x', 0};
        byte[] head = bytes("--BB\r\nContent-Transfer-Encoding: binary\r\n\r\n");
        byte[] tail = bytes("\r\n--BB--\r\n");
        byte[] body = new byte[head.length + data.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(data, 0, body, head.length, data.length);
        System.arraycopy(tail, 0, body, head.length + data.length, tail.length);
        assertArrayEquals(data, MultipartBody.parse(body, "BB").get(0).body());
    }

    @Test
    void transportPaddingAfterADelimiterIsAllowed() {
        String body = "--B \t\r\nContent-Type: a/b\r\n\r\nx\r\n--B--  \r\n";
        assertEquals(
                "x", new String(MultipartBody.parse(bytes(body), "B").get(0).body(), StandardCharsets.US_ASCII));
    }

    @Test
    void foldedHeaderLinesAreJoined() {
        String body = "--B\r\nContent-Type: text/plain;\r\n charset=ascii\r\n\r\nx\r\n--B--";
        assertEquals(
                "text/plain; charset=ascii",
                MultipartBody.parse(bytes(body), "B").get(0).header("content-type"));
    }

    @Test
    void missingFinalBoundaryIs400() {
        assert400(() -> MultipartBody.parse(bytes("--B\r\n\r\nfirst\r\n"), "B"));
        assert400(() -> MultipartBody.parse(bytes("--B\r\n\r\nfirst\r\n--B\r\n\r\nsecond"), "B"));
    }

    @Test
    void bodyWithoutTheBoundaryIs400() {
        assert400(() -> MultipartBody.parse(bytes("{\"actor\": {}}"), "B"));
        assert400(() -> MultipartBody.parse(new byte[0], "B"));
    }

    @Test
    void headersWithoutTheirBlankLineAre400() {
        assert400(() -> MultipartBody.parse(bytes("--B\r\nContent-Type: text/plain\r\n--B--"), "B"));
    }

    @Test
    void bareLfLineEndingsAre400() {
        // RFC 2046 and Communication §1.5.2.s6.b4: delimiters are CRLF "--" boundary
        assert400(() -> MultipartBody.parse(bytes("--B\nContent-Type: a/b\n\nx\n--B--\n"), "B"));
    }

    @Test
    void headerLineWithoutColonIs400() {
        assert400(() -> MultipartBody.parse(bytes("--B\r\nnot a header\r\n\r\nx\r\n--B--"), "B"));
    }

    @Test
    void delimiterFollowedByOtherTextIs400() {
        assert400(() -> MultipartBody.parse(bytes("--B\r\n\r\nx\r\n--Bogus\r\n\r\ny\r\n--B--"), "B"));
    }

    @Test
    void emptyMultipartWithOnlyTheCloseDelimiterHasNoParts() {
        assertEquals(0, MultipartBody.parse(bytes("--B--\r\n"), "B").size());
    }
}
