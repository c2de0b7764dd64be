package org.alerrt.tracker.certificates.adapters.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.alerrt.tracker.certificates.application.VerifiedCertificate;
import org.alerrt.tracker.certificates.domain.Certificate;
import org.alerrt.tracker.certificates.domain.CertifiedCompletion;
import org.alerrt.tracker.platform.json.CachedJson;

/** JSON views: the full one for the learner and admins, the masked one for the public. */
final class CertificateJson {

    private CertificateJson() {
    }

    static JsonObject full(Certificate c, String pdfPath) {
        CertifiedCompletion s = c.completion();
        JsonObjectBuilder b = CachedJson.objectBuilder()
                .add("code", c.code().value())
                .add("status", c.status().name())
                .add("completionId", s.completionId())
                .add("learnerId", s.learnerId())
                .add("firstName", s.firstName())
                .add("lastName", s.lastName())
                .add("pid", s.pid())
                .add("tcoleNumber", s.tcoleNumber())
                .add("courseTitle", s.courseTitle())
                .add("delivery", s.delivery().name())
                .add("creditHours", s.creditHours())
                .add("countsTowardMandate", s.countsTowardMandate())
                .add("completedOn", s.completedOn().toString())
                .add("issuer", c.issuer())
                .add("issuedAt", c.issuedAt().toString())
                .add("pdf", pdfPath);
        if (s.agency() != null) {
            b.add("agency", s.agency());
        }
        if (c.statusReason() != null) {
            b.add("statusReason", c.statusReason());
        }
        if (c.statusChangedAt() != null) {
            b.add("statusChangedAt", c.statusChangedAt().toString());
        }
        return b.build();
    }

    static String page(List<Certificate> page, int limit, String pdfPrefix) {
        JsonArrayBuilder items = CachedJson.arrayBuilder();
        page.forEach(c -> items.add(full(c, pdfPrefix + c.code().value() + "/pdf")));
        JsonObjectBuilder body = CachedJson.objectBuilder().add("certificates", items);
        // A full page may have more; the client passes the last id back as beforeId.
        if (page.size() == limit && !page.isEmpty()) {
            body.add("nextBeforeId", page.get(page.size() - 1).id());
        }
        return body.build().toString();
    }

    static JsonObject verified(VerifiedCertificate v) {
        JsonObjectBuilder b = CachedJson.objectBuilder()
                .add("code", v.code())
                .add("status", v.status().name())
                .add("valid", v.status().name().equals("VALID"))
                .add("name", v.name())
                .add("pid", v.maskedPid())
                .add("tcoleNumber", v.tcoleNumber())
                .add("courseTitle", v.courseTitle())
                .add("creditHours", v.creditHours())
                .add("completedOn", v.completedOn().toString())
                .add("delivery", v.delivery().name())
                .add("countsTowardMandate", v.countsTowardMandate())
                .add("issuer", v.issuer())
                .add("issuedAt", v.issuedAt().toString());
        if (v.statusReason() != null) {
            b.add("statusReason", v.statusReason());
        }
        return b.build();
    }
}
