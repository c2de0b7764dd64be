package org.alerrt.tracker.it;

import static org.alerrt.tracker.testsupport.TrackerClient.object;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.alerrt.tracker.testsupport.AgainstDeployedTracker;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * TCOLE allows no double reporting, so an agency holding a certificate must learn whether reporting the hours is its
 * job: ALERRT reports online and direct training (and the certificate says where that report stands), the agency
 * reports indirect training with the certificate.
 */
class AgencyLearnsWhoReportsScenarioIT extends AgainstDeployedTracker {

    private static final String BY_AGENCY =
            "Reported to TCOLE by the officer's agency with this certificate (ALERRT does not report it)";

    private String certifiedOfficer(String activityIri) {
        String email = "who-reports-" + UUID.randomUUID() + "@example.org";
        return client.certifiedOfficer("""
                {"firstName": "Ana", "lastName": "Reyes", "pid": "4567812", "agency": "Kyle PD",
                 "actor": {"mbox": "mailto:%s"}}""".formatted(email), email, "Ana Reyes", activityIri);
    }

    private JsonObject verify(String code) {
        HttpResponse<String> r =
                client.send(client.anonymous("/api/verify/" + code).GET());
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body());
    }

    private String pdfText(String code) throws Exception {
        HttpResponse<byte[]> pdf = client.sendForBytes(
                client.admin("certificates/" + code + "/pdf").GET());
        assertEquals(200, pdf.statusCode());
        try (var document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void anOnlineCourseIsReportedByAlerrtAndTheCertificateSaysItIsQueued() throws Exception {
        String code = certifiedOfficer("https://alerrt.org/xapi/courses/3356");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> verify(code)
                        .getJsonObject("whoReports")
                        .getString("text")
                        .equals("Reported to TCOLE by ALERRT: queued"));
        JsonObject v = verify(code);
        assertEquals("ALERRT", v.getJsonObject("whoReports").getString("reporter"));
        assertEquals("queued", v.getJsonObject("whoReports").getString("state"));
        assertFalse(v.containsKey("agency"), "ALERRT reports it: the public answer names no agency");
        assertEquals("Certificate of Completion", v.getString("kind"));

        String page = client.send(client.anonymous("/verify/" + code).GET()).body();
        assertTrue(page.contains("Reported to TCOLE by ALERRT: queued"), page);
        assertTrue(pdfText(code).contains("Reported to TCOLE by ALERRT: queued"));
    }

    @Test
    void anIndirectCourseIsReportedByTheAgencyWithTheCertificate() throws Exception {
        String code = certifiedOfficer(client.indirectCourse());
        JsonObject v = verify(code);
        assertEquals("AGENCY", v.getJsonObject("whoReports").getString("reporter"));
        assertEquals(BY_AGENCY, v.getJsonObject("whoReports").getString("text"));
        assertFalse(v.getJsonObject("whoReports").containsKey("state"));
        assertEquals("Kyle PD", v.getString("agency"), "the agency that reports it");
        assertFalse(v.getString("pid").contains("45678"), "the PID stays masked: " + v.getString("pid"));

        String page = client.send(client.anonymous("/verify/" + code).GET()).body();
        assertTrue(page.contains("ALERRT does not report it") && page.contains("Kyle PD"), page);
        assertTrue(pdfText(code).contains(BY_AGENCY));

        JsonObject full =
                object(client.send(client.admin("certificates/" + code).GET()).body());
        assertEquals("AGENCY", full.getString("reportedBy"));
        assertEquals("4567812", full.getString("pid"), "admins see the full PID");
        assertEquals(1, full.getInt("revision"));
    }
}
