package org.alerrt.tracker.lrs.adapters.rest.multipart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.alerrt.tracker.lrs.domain.attachments.Sha2;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.web.ErrorMappers;
import org.junit.jupiter.api.Test;

/** Communication §1.5.2.s2.b2: the statements part first, then one part per attachment with its hash header. */
class MultipartStatementRequestTest {

    static final String CT = "multipart/mixed; boundary=\"abcABC0123'()+_,-./:=?\"";
    static final String B = "--abcABC0123'()+_,-./:=?";
    static final String DATA = "here is a simple attachment";
    static final String HASH = "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a";

    static byte[] body(String firstType, String attachmentHeaders) {
        return (B + "\r\nContent-Type:" + firstType + "\r\n\r\n{\"actor\":{}}\r\n" + B + "\r\n" + attachmentHeaders
                        + "\r\n\r\n" + DATA + "\r\n" + B + "--")
                .getBytes(StandardCharsets.UTF_8);
    }

    static int status(Runnable r) {
        return ErrorMappers.status(assertThrows(Refusal.class, r::run).kind());
    }

    @Test
    void theSpecificationExampleParses() {
        assertEquals(HASH, Sha2.sha256Hex(DATA.getBytes(StandardCharsets.US_ASCII)), "§1.5.2.s6 example hash");
        var request = MultipartStatementRequest.parse(
                CT,
                body(
                        "application/json",
                        "Content-Type:text/plain\r\nContent-Transfer-Encoding:binary\r\nX-Experience-API-Hash:"
                                + HASH));
        assertTrue(request.statements().asJsonObject().containsKey("actor"));
        assertTrue(request.upload().multipart());
        var part = request.upload().part(HASH.toUpperCase()).orElseThrow();
        assertEquals("text/plain", part.contentType());
        assertEquals(DATA, new String(part.content(), StandardCharsets.US_ASCII));
    }

    @Test
    void contentTransferEncodingMayBeLeftOutAndBinaryIsAssumed() {
        // §1.5.2.s3.b6
        var request = MultipartStatementRequest.parse(
                CT, body("application/json", "Content-Type:text/plain\r\nX-Experience-API-Hash:" + HASH));
        assertTrue(request.upload().part(HASH).isPresent());
    }

    @Test
    void firstPartMustBeApplicationJson() {
        // §1.5.2.s2.b2.b1 / b6
        assertEquals(
                400,
                status(() -> MultipartStatementRequest.parse(CT, body("text/plain", "X-Experience-API-Hash:" + HASH))));
    }

    @Test
    void attachmentPartWithoutHashHeaderIs400() {
        // §1.5.2.s2.b2.b3
        assertEquals(
                400,
                status(() -> MultipartStatementRequest.parse(
                        CT, body("application/json", "Content-Type:text/plain\r\nContent-Transfer-Encoding:binary"))));
    }

    @Test
    void hashThatIsNotTheDigestOfThePartIs400() {
        // §1.5.2.s1.b4: parts are matched by the SHA-2 of their raw data
        String wrong = HASH.substring(0, 63) + (HASH.endsWith("a") ? "b" : "a");
        assertEquals(
                400,
                status(() -> MultipartStatementRequest.parse(
                        CT, body("application/json", "Content-Type:text/plain\r\nX-Experience-API-Hash:" + wrong))));
        assertEquals(
                400,
                status(() -> MultipartStatementRequest.parse(
                        CT, body("application/json", "Content-Type:text/plain\r\nX-Experience-API-Hash:not-a-hash"))));
    }

    @Test
    void sha512HashesAreAccepted() throws Exception {
        // §1.5.2.s4.b4: SHA-256, SHA-384 or SHA-512
        String sha512 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-512").digest(DATA.getBytes(StandardCharsets.US_ASCII)));
        var request = MultipartStatementRequest.parse(
                CT, body("application/json", "Content-Type:text/plain\r\nX-Experience-API-Hash:" + sha512));
        assertTrue(request.upload().part(sha512).isPresent());
    }

    @Test
    void otherTransferEncodingsAre400() {
        // §1.5.2.s2.b2.b4
        assertEquals(
                400,
                status(() -> MultipartStatementRequest.parse(
                        CT,
                        body(
                                "application/json",
                                "Content-Type:text/plain\r\nContent-Transfer-Encoding:base64\r\nX-Experience-API-Hash:"
                                        + HASH))));
    }

    @Test
    void contentLengthThatDiffersFromThePartIs400() {
        assertEquals(
                400,
                status(() -> MultipartStatementRequest.parse(
                        CT,
                        body(
                                "application/json",
                                "Content-Type:text/plain\r\nContent-Length:5\r\nX-Experience-API-Hash:" + HASH))));
    }

    @Test
    void malformedJsonInTheFirstPartIs400() {
        byte[] body = (B + "\r\nContent-Type: application/json\r\n\r\n{not json\r\n" + B + "--")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(400, status(() -> MultipartStatementRequest.parse(CT, body)));
    }

    @Test
    void multipartWithOnlyTheStatementsPartHasNoAttachments() {
        // §1.5.2.s3.b8/b9 (SHALL accept in 2.0.0)
        byte[] body = (B + "\r\nContent-Type: application/json\r\n\r\n[{}]\r\n" + B + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var request = MultipartStatementRequest.parse(CT, body);
        assertTrue(request.upload().multipart());
        assertTrue(request.upload().parts().isEmpty());
    }
}
