package org.alerrt.tracker.certificates.application;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.alerrt.tracker.certificates.domain.Certificate;
import org.alerrt.tracker.certificates.domain.CertifiedCompletion;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Draws a certificate as a one-page landscape Letter PDF from its stored snapshot. Built on request, never stored,
 * and deterministic: the same certificate always gives the same bytes (fixed document id and dates), so a
 * re-download can be compared with an earlier one. Shows the full PID: the PDF is for the learner and the agency.
 */
public class CertificatePdfRenderer {

    static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final PDRectangle LANDSCAPE_LETTER =
            new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
    static final float MARGIN = 36;
    static final float QR_SIZE = 110;
    /** Gap between the QR code and the inner frame, to its right and below it. */
    static final float QR_INSET = 12;

    private final CertificateSettings settings;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    public CertificatePdfRenderer(CertificateSettings settings) {
        this.settings = settings;
    }

    /**
     * @param whoReports printed so that the agency knows whether reporting the hours is its job (TCOLE allows no
     *                   double reporting)
     */
    public byte[] render(Certificate certificate, WhoReports whoReports) {
        CertifiedCompletion s = certificate.completion();
        String verifyUrl = settings.verifyUrl(certificate.code());
        ZonedDateTime issued = certificate.issuedAt().atZone(settings.zone());
        try (PDDocument doc = new PDDocument()) {
            doc.setDocumentId(documentId(certificate.code().value()));
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(s.kind() + " - " + s.courseTitle());
            info.setAuthor(certificate.issuer());
            info.setSubject("TCOLE " + s.tcoleNumber() + " - " + s.fullName());
            Calendar created = GregorianCalendar.from(issued);
            info.setCreationDate(created);
            info.setModificationDate(created);

            PDPage page = new PDPage(LANDSCAPE_LETTER);
            doc.addPage(page);
            float width = LANDSCAPE_LETTER.getWidth();
            float height = LANDSCAPE_LETTER.getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setStrokingColor(0.33f, 0.16f, 0.09f);
                cs.setLineWidth(3);
                cs.addRect(MARGIN / 2, MARGIN / 2, width - MARGIN, height - MARGIN);
                cs.stroke();
                cs.setLineWidth(0.75f);
                cs.addRect(MARGIN / 2 + 6, MARGIN / 2 + 6, width - MARGIN - 12, height - MARGIN - 12);
                cs.stroke();

                float textWidth = width - 2 * MARGIN - 24;
                float y = height - 74;
                y = centered(cs, bold, 28, s.kind(), width, y, textWidth) - 12;
                y = centered(cs, regular, 13, "This certifies that", width, y, textWidth) - 8;
                y = centered(cs, bold, 22, s.fullName(), width, y, textWidth);
                y = centered(
                                cs,
                                regular,
                                13,
                                "TCOLE PID " + s.pid() + (s.agency() == null ? "" : "  \u00b7  " + s.agency()),
                                width,
                                y,
                                textWidth)
                        - 8;
                y = centered(cs, regular, 13, s.partial() ? "has attended" : "has completed", width, y, textWidth) - 4;
                y = centered(
                                cs,
                                bold,
                                17,
                                "TCOLE Course " + s.tcoleNumber() + ": " + s.courseTitle(),
                                width,
                                y,
                                textWidth)
                        - 8;
                y = centered(
                        cs,
                        regular,
                        13,
                        "Credit hours: " + s.creditHours()
                                + (s.inBlocks()
                                        ? "     Delivered in blocks from " + US_DATE.format(s.startedOn()) + " to "
                                                + US_DATE.format(s.completedOn())
                                        : "     Completion date: " + US_DATE.format(s.completedOn()))
                                + "     Delivery: " + s.delivery().label(),
                        width,
                        y,
                        textWidth);
                if (s.moduleDescription() != null) {
                    y = centered(cs, regular, 11, "Module: " + s.moduleDescription(), width, y, textWidth);
                }
                if (!s.instructors().isEmpty()) {
                    y = centered(
                            cs,
                            regular,
                            11,
                            "Instructor TCOLE PID" + (s.instructors().size() > 1 ? "s" : "") + ": "
                                    + String.join(", ", s.instructors()),
                            width,
                            y,
                            textWidth);
                }
                if (s.partial()) {
                    y = centered(cs, regular, 11, s.attendanceNote(), width, y, textWidth);
                }
                y = centered(
                        cs,
                        regular,
                        12,
                        "Counts toward the Texas SB 1852 active-shooter training mandate: "
                                + (s.countsTowardMandate() ? "Yes" : "No"),
                        width,
                        y,
                        textWidth);
                y = centered(cs, bold, 12, whoReports.line(), width, y, textWidth);
                y = centered(
                        cs,
                        regular,
                        12,
                        "Issued by " + certificate.issuer() + " on " + US_DATE.format(issued.toLocalDate()),
                        width,
                        y,
                        textWidth);
                if (!certificate.isValid()) {
                    String reason = certificate.statusReason() == null ? "" : ": " + certificate.statusReason();
                    cs.setNonStrokingColor(0.75f, 0f, 0f);
                    y = centered(cs, bold, 13, "Status: " + certificate.status() + reason, width, y - 2, textWidth);
                    if (certificate.supersededBy() != null) {
                        centered(
                                cs,
                                regular,
                                11,
                                "Verify the replacement at " + settings.verifyUrl(certificate.supersededBy()),
                                width,
                                y,
                                textWidth);
                    }
                    cs.setNonStrokingColor(0f, 0f, 0f);
                }

                float qrX = width - MARGIN - QR_INSET - QR_SIZE;
                float qrY = MARGIN + QR_INSET;
                drawQr(cs, verifyUrl, qrX, qrY, QR_SIZE);
                float footWidth = qrX - MARGIN - 24;
                text(cs, regular, 10, "Verification code:", MARGIN + 12, qrY + 58, footWidth);
                text(cs, bold, 12, certificate.code().value(), MARGIN + 12, qrY + 42, footWidth);
                text(cs, regular, 10, "Verify this certificate at:", MARGIN + 12, qrY + 22, footWidth);
                text(cs, regular, 10, verifyUrl, MARGIN + 12, qrY + 8, footWidth);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render certificate " + certificate.code(), e);
        }
    }

    /** A fixed document id, so that the trailer /ID (otherwise time-based) is the same on every render. */
    private static long documentId(String code) {
        CRC32 crc = new CRC32();
        crc.update(code.getBytes(StandardCharsets.US_ASCII));
        return crc.getValue();
    }

    /** Centred line(s): shrinks long text down to 9 pt, then wraps. @return the baseline below the text */
    private float centered(
            PDPageContentStream cs, PDFont font, float size, String raw, float pageWidth, float y, float maxWidth)
            throws IOException {
        String text = printable(font, raw);
        float fitted = size;
        while (fitted > 9 && width(font, fitted, text) > maxWidth) {
            fitted -= 0.5f;
        }
        float leading = fitted * 1.35f;
        for (String line : wrap(font, fitted, text, maxWidth)) {
            float w = width(font, fitted, line);
            cs.beginText();
            cs.setFont(font, fitted);
            cs.newLineAtOffset((pageWidth - w) / 2, y);
            cs.showText(line);
            cs.endText();
            y -= leading;
        }
        return y - (size - fitted);
    }

    private void text(PDPageContentStream cs, PDFont font, float size, String raw, float x, float y, float maxWidth)
            throws IOException {
        String text = printable(font, raw);
        float fitted = size;
        while (fitted > 6 && width(font, fitted, text) > maxWidth) {
            fitted -= 0.5f;
        }
        cs.beginText();
        cs.setFont(font, fitted);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, size, candidate) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The standard fonts encode WinAnsi only: any other character prints as '?' rather than failing the render. */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** The QR code as filled squares (vector, sharp at any zoom); the white page is its quiet zone. */
    private static void drawQr(PDPageContentStream cs, String content, float x, float y, float size)
            throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            content,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException("Cannot encode the verification URL as a QR code", e);
        }
        int n = matrix.getWidth();
        float module = size / n;
        cs.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && matrix.get(col, row)) {
                    col++;
                }
                // One rectangle per horizontal run; PDF y grows upwards while matrix rows go down.
                cs.addRect(x + start * module, y + size - (row + 1) * module, (col - start) * module, module);
            }
        }
        cs.fill();
    }
}
