package org.alerrt.tracker.certificates.adapters.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import org.alerrt.tracker.certificates.application.VerifiedCertificate;
import org.alerrt.tracker.certificates.application.WhoReports;
import org.alerrt.tracker.certificates.domain.Certificate;
import org.alerrt.tracker.certificates.domain.CertifiedCompletion;
import org.alerrt.tracker.platform.json.CachedJson;

/** JSON views: the full one for the learner and admins, the masked one for the public. */
final class CertificateJson {

    private CertificateJson() {}

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
                .add("kind", s.kind())
                .add("partial", s.partial())
                .add("revision", c.revision())
                .add("reportedBy", s.delivery().reportedByAlerrt() ? "ALERRT" : "AGENCY")
                .add("instructors", strings(s.instructors()))
                .add("pdf", pdfPath);
        snapshotExtras(b, s.agency(), s.startedOn(), s.moduleDescription(), s.attendanceNote());
        if (c.supersededBy() != null) {
            b.add("supersededBy", c.supersededBy().value());
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
                .add("issuedAt", v.issuedAt().toString())
                .add("kind", v.kind())
                .add("partial", v.attendanceNote() != null)
                .add("revision", v.revision())
                .add("whoReports", whoReports(v.whoReports()))
                .add("instructors", strings(v.instructors()));
        snapshotExtras(b, v.agency(), v.startedOn(), v.moduleDescription(), v.attendanceNote());
        if (v.statusReason() != null) {
            b.add("statusReason", v.statusReason());
        }
        if (v.replacementCode() != null) {
            b.add("supersededBy", v.replacementCode()).add("replacementUrl", v.replacementUrl());
        }
        return b.build();
    }

    private static JsonObjectBuilder whoReports(WhoReports w) {
        JsonObjectBuilder b = CachedJson.objectBuilder()
                .add("reporter", w.byAlerrt() ? "ALERRT" : "AGENCY")
                .add("text", w.line());
        if (w.state() != null) {
            b.add("state", w.state());
        }
        return b;
    }

    /** The optional fields both views share, left out when absent. */
    private static void snapshotExtras(
            JsonObjectBuilder b, String agency, LocalDate startedOn, String moduleDescription, String attendanceNote) {
        if (agency != null) {
            b.add("agency", agency);
        }
        if (startedOn != null) {
            b.add("startedOn", startedOn.toString());
        }
        if (moduleDescription != null) {
            b.add("moduleDescription", moduleDescription);
        }
        if (attendanceNote != null) {
            b.add("attendanceNote", attendanceNote);
        }
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = CachedJson.arrayBuilder();
        values.forEach(a::add);
        return a;
    }
}
