package org.alerrt.tracker.lrs.domain.attachments;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alerrt.tracker.lrs.domain.validation.XapiValidationException;
import org.junit.jupiter.api.Test;

/** Communication §1.5.2: matching Attachment objects with the parts of a request by SHA-2. */
class AttachmentRulesTest {

    static final byte[] DATA = "here is a simple attachment".getBytes(StandardCharsets.US_ASCII);
    static final String HASH = Sha2.sha256Hex(DATA);

    static JsonObject statement(String attachments) {
        try (var r = Json.createReader(new StringReader("""
                {"actor": {"mbox": "mailto:a@example.org"}, "verb": {"id": "http://example.org/v"},
                 "object": {"id": "http://example.org/a"}, "attachments": [%s]}""".formatted(attachments)))) {
            return r.readObject();
        }
    }

    static String attachment(String sha2, String contentType, String fileUrl) {
        return """
                {"usageType": "http://example.org/u", "display": {"en-US": "x"}, "contentType": "%s",
                 "length": 27, "sha2": "%s"%s}""".formatted(contentType, sha2, fileUrl == null ? "" : ", \"fileUrl\": \"" + fileUrl + "\"");
    }

    static AttachmentUpload parts(AttachmentPart... parts) {
        return AttachmentUpload.multipart(List.of(parts));
    }

    static String rule(Runnable r) {
        return assertThrows(XapiValidationException.class, r::run).getMessage();
    }

    @Test
    void jsonRequestWithAnAttachmentWithoutFileUrlIs400() {
        // §1.5.2.s2.b1
        String msg = rule(() -> AttachmentRules.check(
                List.of(statement(attachment(HASH, "text/plain", null))), AttachmentUpload.json()));
        assertTrue(msg.contains("§1.5.2.s2.b1"), msg);
    }

    @Test
    void jsonRequestWithFileUrlOnlyAttachmentsIsAccepted() {
        // §1.5.1.s1.b2
        assertDoesNotThrow(() -> AttachmentRules.check(
                List.of(statement(attachment(HASH, "text/plain", "https://example.org/file.txt"))),
                AttachmentUpload.json()));
    }

    @Test
    void multipartWithoutAttachmentsOrWithFileUrlOnlyIsAccepted() {
        // §1.5.2.s3.b8 / b9
        assertDoesNotThrow(() -> AttachmentRules.check(List.of(statement("")), parts()));
        assertDoesNotThrow(() -> AttachmentRules.check(
                List.of(statement(attachment(HASH, "text/plain", "https://example.org/file.txt"))), parts()));
    }

    @Test
    void attachmentWithoutFileUrlAndWithoutMatchingPartIs400() {
        // §1.5.2.s3.b5
        String msg =
                rule(() -> AttachmentRules.check(List.of(statement(attachment(HASH, "text/plain", null))), parts()));
        assertTrue(msg.contains("§1.5.2.s3.b5"), msg);
    }

    @Test
    void partMatchingNoAttachmentIs400() {
        // §1.5.2.s2.b2.b2
        String msg = rule(() ->
                AttachmentRules.check(List.of(statement("")), parts(new AttachmentPart(HASH, "text/plain", DATA))));
        assertTrue(msg.contains("§1.5.2.s2.b2.b2"), msg);
    }

    @Test
    void matchingPartIsAcceptedWhateverTheHashCaseAndMediaTypeParameters() {
        // §1.5.2.s6 example: "text/plain; charset=ascii" in the statement, "text/plain" on the part
        assertDoesNotThrow(() -> AttachmentRules.check(
                List.of(statement(attachment(HASH.toUpperCase(), "text/plain; charset=ascii", null))),
                parts(new AttachmentPart(HASH, "text/plain", DATA))));
    }

    @Test
    void partContentTypeDifferentFromTheAttachmentIs400() {
        // §1.5.2.s2.b2.b7
        String msg = rule(() -> AttachmentRules.check(
                List.of(statement(attachment(HASH, "image/png", null))),
                parts(new AttachmentPart(HASH, "text/plain", DATA))));
        assertTrue(msg.contains("§1.5.2.s2.b2.b7"), msg);
    }

    @Test
    void oneCopyOfDataServesEveryStatementThatUsesIt() {
        // §1.5.2.s2.b2.b5
        assertDoesNotThrow(() -> AttachmentRules.check(
                List.of(
                        statement(attachment(HASH, "text/plain", null)),
                        statement(attachment(HASH, "text/plain", null))),
                parts(new AttachmentPart(HASH, "text/plain", DATA))));
    }

    @Test
    void subStatementAttachmentsAreMatchedToo() {
        JsonObject sub;
        try (var r = Json.createReader(new StringReader("""
                {"actor": {"mbox": "mailto:a@example.org"}, "verb": {"id": "http://example.org/v"},
                 "object": {"objectType": "SubStatement", "actor": {"mbox": "mailto:b@example.org"},
                   "verb": {"id": "http://example.org/v"}, "object": {"id": "http://example.org/a"},
                   "attachments": [%s]}}""".formatted(attachment(HASH, "text/plain", null))))) {
            sub = r.readObject();
        }
        JsonObject s = sub;
        assertEquals(List.of(HASH), AttachmentRules.referencedHashes(List.of(s)));
        assertDoesNotThrow(
                () -> AttachmentRules.check(List.of(s), parts(new AttachmentPart(HASH, "text/plain", DATA))));
        rule(() -> AttachmentRules.check(List.of(s), parts()));
    }

    @Test
    void partWhoseDataDoesNotMatchItsHashCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new AttachmentPart(HASH, "text/plain", new byte[] {1}));
    }
}
