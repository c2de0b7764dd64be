package org.alerrt.tracker.certificates.adapters.rest;

import jakarta.ws.rs.core.Response;

/** The PDF download: an attachment that no shared cache may keep, because it shows the full PID. */
final class PdfResponse {

    private PdfResponse() {}

    static Response of(byte[] pdf, String code) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"alerrt-certificate-" + code + ".pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
