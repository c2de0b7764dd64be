package org.alerrt.tracker.lrs.domain.attachments;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alerrt.tracker.lrs.domain.validation.XapiValidationException;
import org.alerrt.tracker.testsupport.TestSigner;
import org.junit.jupiter.api.Test;

/** Data §2.6 Signed Statements: what the LRS must check before storing a signed statement (§2.6.s5). */
class SignatureVerifierTest {

    static final TestSigner SIGNER = new TestSigner();

    static final String ORIGINAL = """
            {"id": "9e13cefd-53d3-4eac-b5ed-2cf6693903bb",
             "actor": {"objectType": "Agent", "mbox": "mailto:officer@example.org", "name": "Officer"},
             "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed"}},
             "object": {"id": "https://alerrt.example.org/courses/fire-as-a-weapon"},
             "result": {"duration": "PT1H0M0.12S", "success": true},
             "timestamp": "2026-11-25T10:00:00.000Z"}""";

    static JsonObject json(String s) {
        try (var r = Json.createReader(new StringReader(s))) {
            return r.readObject();
        }
    }

    /** The statement as sent: the original plus its signature attachment (§2.6.s4.b1). */
    static JsonObject signed(JsonObject statement, String jws, String contentType) {
        return Json.createObjectBuilder(statement)
                .add(
                        "attachments",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("usageType", SignedStatementEquivalence.SIGNATURE_USAGE)
                                        .add(
                                                "display",
                                                Json.createObjectBuilder().add("en-US", "Signature"))
                                        .add("contentType", contentType)
                                        .add("length", jws.length())
                                        .add("sha2", Sha2.sha256Hex(jws.getBytes(StandardCharsets.UTF_8)))))
                .build();
    }

    static void verify(JsonObject statement, String jws) {
        SignatureVerifier.verifyAll(
                List.of(statement),
                AttachmentUpload.multipart(List.of(new AttachmentPart(
                        Sha2.sha256Hex(jws.getBytes(StandardCharsets.UTF_8)),
                        "application/octet-stream",
                        jws.getBytes(StandardCharsets.UTF_8)))));
    }

    static String rejected(JsonObject statement, String jws) {
        return assertThrows(XapiValidationException.class, () -> verify(statement, jws))
                .getMessage();
    }

    @Test
    void validSignaturesWithEachAllowedAlgorithmAreAccepted() {
        // §2.6.s4.b4, §2.6.s5.b3.b3
        for (JWSAlgorithm alg : List.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512)) {
            String jws = SIGNER.sign(ORIGINAL, alg, true);
            assertDoesNotThrow(
                    () -> verify(signed(json(ORIGINAL), jws, "application/octet-stream"), jws), alg.getName());
        }
    }

    @Test
    void theSpecificationsAppendixDExampleIsAccepted() throws IOException {
        String jws = resource("/xapi/appendix-d-signature.jws");
        JsonObject statement = json(resource("/xapi/appendix-d-signed-statement.json"));
        assertDoesNotThrow(() -> verify(statement, jws));
    }

    @Test
    void tamperedStatementIs400() {
        // §2.6.s5.b3.b2: the payload must be logically equivalent to the statement received
        String jws = SIGNER.sign(ORIGINAL, JWSAlgorithm.RS256, true);
        JsonObject tampered = Json.createObjectBuilder(json(ORIGINAL))
                .add(
                        "result",
                        Json.createObjectBuilder()
                                .add("duration", "PT1H0M0.12S")
                                .add("success", false))
                .build();
        String msg = rejected(signed(tampered, jws, "application/octet-stream"), jws);
        assertTrue(msg.contains("§2.6.s5.b3.b2") && msg.contains("result"), msg);
    }

    @Test
    void tamperedPayloadBreaksTheSignatureIs400() {
        // §2.6.s5.b3.b3: a payload swapped after signing no longer verifies with the x5c certificate
        String jws = SIGNER.sign(ORIGINAL, JWSAlgorithm.RS256, true);
        String[] p = jws.split("\\.");
        String otherPayload = SIGNER.sign(ORIGINAL.replace("Officer\"", "Officer 2\""), JWSAlgorithm.RS256, true)
                .split("\\.")[1];
        String forged = p[0] + "." + otherPayload + "." + p[2];
        JsonObject statement =
                signed(json(ORIGINAL.replace("Officer\"", "Officer 2\"")), forged, "application/octet-stream");
        String msg = rejected(statement, forged);
        assertTrue(msg.contains("§2.6.s5.b3.b3"), msg);
    }

    @Test
    void signatureByAnotherKeyThanTheX5cCertificateIs400() {
        String jws = new TestSigner().sign(ORIGINAL, JWSAlgorithm.RS256, false);
        String[] p = jws.split("\\.");
        String withForeignCert =
                SIGNER.sign(ORIGINAL, JWSAlgorithm.RS256, true).split("\\.")[0] + "." + p[1] + "." + p[2];
        String msg = rejected(signed(json(ORIGINAL), withForeignCert, "application/octet-stream"), withForeignCert);
        assertTrue(msg.contains("§2.6.s5.b3.b3"), msg);
    }

    @Test
    void hs256IsRejected() {
        // §2.6.s4.b4: RS256, RS384 or RS512 only
        String jws = TestSigner.signHs256(ORIGINAL);
        String msg = rejected(signed(json(ORIGINAL), jws, "application/octet-stream"), jws);
        assertTrue(msg.contains("§2.6.s4.b4") && msg.contains("HS256"), msg);
    }

    @Test
    void withoutX5cOnlyThePayloadAndAlgorithmCanBeChecked() {
        // §2.6.s5.b3.b3 applies only "if the JWS header includes an X.509 certificate"
        String jws = SIGNER.sign(ORIGINAL, JWSAlgorithm.RS256, false);
        assertDoesNotThrow(() -> verify(signed(json(ORIGINAL), jws, "application/octet-stream"), jws));
        JsonObject tampered = Json.createObjectBuilder(json(ORIGINAL))
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/failed"))
                .build();
        rejected(signed(tampered, jws, "application/octet-stream"), jws);
    }

    @Test
    void signatureAttachmentMustBeOctetStream() {
        // §2.6.s4.b1
        String jws = SIGNER.sign(ORIGINAL, JWSAlgorithm.RS256, true);
        String msg = rejected(signed(json(ORIGINAL), jws, "text/plain"), jws);
        assertTrue(msg.contains("§2.6.s4.b1"), msg);
    }

    @Test
    void jwsJsonSerializationAndGarbageAreRejected() {
        // §2.6.s4.b2 (SHALL use compact serialization in 2.0.0), §2.6.s5.b3.b1
        String json = "{\"payload\":\"e30\",\"signatures\":[]}";
        assertTrue(rejected(signed(json(ORIGINAL), json, "application/octet-stream"), json)
                .contains("§2.6.s4.b2"));
        String garbage = "not a jws";
        rejected(signed(json(ORIGINAL), garbage, "application/octet-stream"), garbage);
    }

    @Test
    void payloadThatIsNotAStatementObjectIs400() {
        String jws = SIGNER.sign("[1, 2]", JWSAlgorithm.RS256, true);
        assertTrue(rejected(signed(json(ORIGINAL), jws, "application/octet-stream"), jws)
                .contains("§2.6.s4.b3"));
    }

    @Test
    void signatureWithoutItsPartIs400() {
        String jws = SIGNER.sign(ORIGINAL, JWSAlgorithm.RS256, true);
        JsonObject statement = signed(json(ORIGINAL), jws, "application/octet-stream");
        assertThrows(
                XapiValidationException.class,
                () -> SignatureVerifier.verifyAll(List.of(statement), AttachmentUpload.multipart(List.of())));
    }

    @Test
    void propertiesTheLrsSetsAreIgnored() {
        // §2.3.1.b1: id/authority/stored/version/timestamp may be assigned by the LRS
        String payload = ORIGINAL.replace("\"id\": \"9e13cefd-53d3-4eac-b5ed-2cf6693903bb\",", "");
        String jws = SIGNER.sign(payload, JWSAlgorithm.RS256, true);
        JsonObject received = Json.createObjectBuilder(json(ORIGINAL))
                .add("version", "1.0.3")
                .add("stored", "2026-11-25T10:00:01.000Z")
                .build();
        assertDoesNotThrow(() -> verify(signed(received, jws, "application/octet-stream"), jws));
        JsonObject otherId = Json.createObjectBuilder(json(ORIGINAL))
                .add("id", "00000000-53d3-4eac-b5ed-2cf6693903bb")
                .build();
        String withId = SIGNER.sign(ORIGINAL, JWSAlgorithm.RS256, true);
        assertTrue(rejected(signed(otherId, withId, "application/octet-stream"), withId)
                .contains("'id'"));
    }

    @Test
    void timestampSerializationAndDurationPrecisionBeyondHundredthsAreIgnored() {
        // §2.3.1.b4; xAPI 2.0.0 4.2.7: "…0.12S" in the payload matches "…0.1237S" in the statement
        String jws = SIGNER.sign(ORIGINAL, JWSAlgorithm.RS256, true);
        JsonObject received = json(ORIGINAL.replace("2026-11-25T10:00:00.000Z", "2026-11-25T12:00:00+02:00")
                .replace("PT1H0M0.12S", "PT1H0M0.1237S"));
        assertDoesNotThrow(() -> verify(signed(received, jws, "application/octet-stream"), jws));
        JsonObject otherTime = json(ORIGINAL.replace("10:00:00.000Z", "10:00:01.000Z"));
        assertTrue(rejected(signed(otherTime, jws, "application/octet-stream"), jws)
                .contains("timestamp"));
    }

    @Test
    void durationTruncation() {
        assertEquals("PT0.12S", SignedStatementEquivalence.truncatedDuration("PT0.1299S"));
        assertEquals("PT1S", SignedStatementEquivalence.truncatedDuration("PT1.00S"));
        assertEquals("PT0.1S", SignedStatementEquivalence.truncatedDuration("PT0.10S"));
        assertEquals("P1D", SignedStatementEquivalence.truncatedDuration("P1D"));
    }

    @Test
    void groupMemberOrderIsIgnored() {
        // §2.3.1.b5
        String withGroup = ORIGINAL.replace(
                "{\"objectType\": \"Agent\", \"mbox\": \"mailto:officer@example.org\", \"name\": \"Officer\"}",
                "{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:a@example.org\"}, {\"mbox\": \"mailto:b@example.org\"}]}");
        String jws = SIGNER.sign(withGroup, JWSAlgorithm.RS256, true);
        JsonObject received = json(withGroup.replace(
                "mailto:a@example.org\"}, {\"mbox\": \"mailto:b@example.org",
                "mailto:b@example.org\"}, {\"mbox\": \"mailto:a@example.org"));
        assertDoesNotThrow(() -> verify(signed(received, jws, "application/octet-stream"), jws));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SignatureVerifierTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
