package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * An administrator revokes a certificate credited in error: whoever verifies it, by API, page or the PDF, sees that
 * it is revoked and why. (The credit is taken back by training on the CertificateRevoked event; that half runs on
 * training's side.)
 */
class RevokedCertificateSaysWhyScenarioIT extends AgainstDeployedTracker {

    private static final String REASON = "Credited in error: the officer was not on the class roster";

    private String certifiedOfficer() {
        String email = "revoked-" + UUID.randomUUID() + "@example.org";
        return client.certifiedOfficer("""
                {"firstName": "Sam", "lastName": "Revoke", "pid": "3456781", "agency": "Buda PD",
                 "actor": {"mbox": "mailto:%s"}}""".formatted(email), email, "Sam Revoke");
    }

    private HttpResponse<String> revoke(String code, String body) {
        return client.send(client.admin("certificates/" + code + "/revoke")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void aRevokedCertificateSaysSoAndWhyWhereverItIsVerified() throws Exception {
        String code = certifiedOfficer();

        HttpResponse<String> noReason = revoke(code, "{}");
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertTrue(noReason.body().contains("reason"), "the error names the field: " + noReason.body());

        HttpResponse<String> revoked = revoke(code, "{\"reason\": \"" + REASON + "\"}");
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals("REVOKED", object(revoked.body()).getString("status"));
        assertEquals(409, revoke(code, "{\"reason\": \"again\"}").statusCode(), "revoked once, the first reason stays");

        HttpResponse<String> verified =
                client.send(client.anonymous("/api/verify/" + code).GET());
        assertEquals(200, verified.statusCode(), verified.body());
        JsonObject v = object(verified.body());
        assertEquals("REVOKED", v.getString("status"));
        assertFalse(v.getBoolean("valid"));
        assertEquals(REASON, v.getString("statusReason"));

        String page = client.send(client.anonymous("/verify/" + code).GET()).body();
        assertTrue(page.contains("REVOKED") && page.contains("the officer was not on the class roster"), page);

        HttpResponse<byte[]> pdf = client.sendForBytes(
                client.admin("certificates/" + code + "/pdf").GET());
        assertEquals(200, pdf.statusCode());
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Status: REVOKED: " + REASON), text);
        }
    }
}
