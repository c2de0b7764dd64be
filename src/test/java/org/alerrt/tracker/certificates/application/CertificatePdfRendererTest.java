package org.alerrt.tracker.certificates.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.alerrt.tracker.certificates.domain.Certificate;
import org.alerrt.tracker.certificates.domain.CertifiedCompletion;
import org.alerrt.tracker.certificates.domain.Delivery;
import org.alerrt.tracker.certificates.domain.VerificationCode;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfRendererTest {

    private final CertificateSettings settings = new CertificateSettings(
            "ALERRT Center at Texas State University",
            new ServerSettings("https://tracker.example.org/", "http://localhost:8081", "America/Chicago", 10_485_760));
    private static final WhoReports ALERRT_QUEUED = new WhoReports(true, WhoReports.BY_ALERRT, "queued");
    private static final WhoReports AGENCY = new WhoReports(false, WhoReports.BY_AGENCY, null);
    private final VerificationCode code = VerificationCode.generate();
    private final Certificate certificate = Certificate.issue(
            new CertifiedCompletion(
                    51,
                    50,
                    "Jane",
                    "Doe",
                    "1234567",
                    "Austin PD",
                    "3356",
                    "Fire as a Weapon",
                    Delivery.ONLINE,
                    4,
                    true,
                    LocalDate.of(2026, 11, 5),
                    List.of(),
                    null,
                    null,
                    false),
            settings.issuer(),
            Instant.parse("2026-11-06T15:00:00Z"),
            code);

    @Test
    void pageIsLandscapeLetterAndShowsWhatTheAgencyNeeds() throws Exception {
        byte[] pdf = new CertificatePdfRenderer(settings).render(certificate, ALERRT_QUEUED);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(792, box.getWidth(), 0.5);
            assertEquals(612, box.getHeight(), 0.5);
            String text = new PDFTextStripper().getText(doc);
            for (String expected : new String[] {
                "Certificate of Completion",
                "Jane Doe",
                "1234567",
                "3356",
                "Fire as a Weapon",
                "Credit hours: 4",
                "11/05/2026",
                "Online",
                "SB 1852",
                ": Yes",
                "ALERRT Center at Texas State University",
                "Reported to TCOLE by ALERRT: queued",
                code.value(),
                "https://tracker.example.org/verify/" + code.value()
            }) {
                assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
            }
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void indirectDeliverySaysTheAgencyReportsAndNamesTheInstructorsAndBlocks() throws Exception {
        Certificate indirect = Certificate.issue(
                new CertifiedCompletion(
                        53,
                        50,
                        "Jane",
                        "Doe",
                        "1234567",
                        "Austin PD",
                        "3312",
                        "ALERRT Update",
                        Delivery.INDIRECT,
                        8,
                        true,
                        LocalDate.of(2026, 11, 5),
                        List.of("2345678", "3456789"),
                        LocalDate.of(2026, 9, 1),
                        "Solo officer entry",
                        false),
                settings.issuer(),
                Instant.parse("2026-11-06T15:00:00Z"),
                code);
        String text = text(new CertificatePdfRenderer(settings).render(indirect, AGENCY));
        for (String expected : new String[] {
            "Certificate of Completion",
            "Austin PD",
            "Reported to TCOLE by the officer's agency with this certificate (ALERRT does not report it)",
            "Instructor TCOLE PIDs: 2345678, 3456789",
            "Delivered in blocks from 09/01/2026 to 11/05/2026",
            "Module: Solo officer entry"
        }) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void partialTrainTheTrainerCreditPrintsACertificateOfAttendance() throws Exception {
        Certificate attended = Certificate.issue(
                new CertifiedCompletion(
                        54,
                        50,
                        "Jane",
                        "Doe",
                        "1234567",
                        null,
                        "3315",
                        "Level I Train-the-Trainer",
                        Delivery.DIRECT,
                        16,
                        true,
                        LocalDate.of(2026, 11, 5),
                        List.of(),
                        null,
                        null,
                        true),
                settings.issuer(),
                Instant.parse("2026-11-06T15:00:00Z"),
                code);
        String text = text(new CertificatePdfRenderer(settings)
                .render(attended, new WhoReports(true, WhoReports.BY_ALERRT, "reported on 11/30/2026")));
        assertTrue(text.contains("Certificate of Attendance"), text);
        assertFalse(text.contains("Certificate of Completion"), text);
        assertTrue(text.contains("has attended"), text);
        assertTrue(
                text.contains("Credited 16 hours for the user course only: the instructor teach-back was not"
                        + " passed, so this certificate gives no ALERRT Certified Instructor status."),
                text);
        assertTrue(text.contains("Reported to TCOLE by ALERRT: reported on 11/30/2026"), text);
    }

    @Test
    void aSupersededCertificateNamesItsReplacement() throws Exception {
        VerificationCode replacement = VerificationCode.generate();
        certificate.supersede(replacement, 2, Instant.parse("2026-11-07T00:00:00Z"));
        String text = text(new CertificatePdfRenderer(settings).render(certificate, ALERRT_QUEUED));
        assertTrue(text.contains("Status: SUPERSEDED"), text);
        assertTrue(text.contains("https://tracker.example.org/verify/" + replacement.value()), text);
    }

    @Test
    void sameCertificateGivesTheSameBytes() {
        CertificatePdfRenderer renderer = new CertificatePdfRenderer(settings);
        assertArrayEquals(renderer.render(certificate, ALERRT_QUEUED), renderer.render(certificate, ALERRT_QUEUED));
    }

    @Test
    void revokedCertificateSaysSo() throws Exception {
        certificate.revoke("Credited in error", "admin", Instant.parse("2026-11-07T00:00:00Z"));
        try (PDDocument doc = Loader.loadPDF(new CertificatePdfRenderer(settings).render(certificate, ALERRT_QUEUED))) {
            assertTrue(new PDFTextStripper().getText(doc).contains("REVOKED: Credited in error"));
        }
    }

    @Test
    void charactersOutsideTheFontDoNotBreakTheRender() throws Exception {
        Certificate c = Certificate.issue(
                new CertifiedCompletion(
                        52,
                        50,
                        "Nguyễn",
                        "José Ñúñez",
                        "1234567",
                        null,
                        "3312",
                        "ALERRT Update " + "very long title ".repeat(15),
                        Delivery.DIRECT,
                        8,
                        false,
                        LocalDate.of(2026, 1, 2),
                        List.of(),
                        null,
                        null,
                        false),
                settings.issuer(),
                Instant.EPOCH,
                VerificationCode.generate());
        try (PDDocument doc = Loader.loadPDF(new CertificatePdfRenderer(settings).render(c, AGENCY))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Ñúñez"), text);
            assertTrue(text.contains(": No"), text);
        }
    }

    @Test
    void qrCodeDecodesToTheVerifyUrl() throws Exception {
        byte[] pdf = new CertificatePdfRenderer(settings).render(certificate, ALERRT_QUEUED);
        float dpi = 150;
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.GRAY);
        }
        // Framed as a phone camera would: the code and its quiet zone only. ZXing's whole-page detector misses
        // about one symbol in a hundred (it fails on the same symbols drawn straight from its own encoder).
        float quiet = CertificatePdfRenderer.QR_INSET;
        float left = 792
                - CertificatePdfRenderer.MARGIN
                - CertificatePdfRenderer.QR_INSET
                - CertificatePdfRenderer.QR_SIZE
                - quiet;
        float top = 612
                - CertificatePdfRenderer.MARGIN
                - CertificatePdfRenderer.QR_INSET
                - CertificatePdfRenderer.QR_SIZE
                - quiet;
        float side = CertificatePdfRenderer.QR_SIZE + 2 * quiet;
        float scale = dpi / 72;
        BufferedImage framed = page.getSubimage(
                Math.round(left * scale), Math.round(top * scale), Math.round(side * scale), Math.round(side * scale));
        Result result = new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(new ImageLuminance(framed))),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
        assertEquals("https://tracker.example.org/verify/" + code.value(), result.getText());
    }

    /** Grey levels of a BufferedImage for ZXing (its own adapter lives in the javase module, not available here). */
    static final class ImageLuminance extends LuminanceSource {
        private final byte[] pixels;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            pixels = new byte[image.getWidth() * image.getHeight()];
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int grey = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                    pixels[y * image.getWidth() + x] = (byte) grey;
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] r = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(pixels, y * getWidth(), r, 0, getWidth());
            return r;
        }

        @Override
        public byte[] getMatrix() {
            return pixels;
        }
    }
}
