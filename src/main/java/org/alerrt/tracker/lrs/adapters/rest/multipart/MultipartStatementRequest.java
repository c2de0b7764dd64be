package org.alerrt.tracker.lrs.adapters.rest.multipart;

import jakarta.json.JsonStructure;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.alerrt.tracker.lrs.domain.attachments.AttachmentPart;
import org.alerrt.tracker.lrs.domain.attachments.AttachmentUpload;
import org.alerrt.tracker.lrs.domain.attachments.Sha2;
import org.alerrt.tracker.lrs.domain.validation.Lengths;
import org.alerrt.tracker.lrs.domain.validation.XapiValidationException;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.web.JsonBody;

/**
 * A PUT or POST to the Statement Resource sent as multipart/mixed (xAPI Communication §1.5.2.s2.b2): the first
 * part holds the statement(s) as application/json, every further part the raw data of one attachment.
 * Which parts belong to which attachment is decided later, by hash ({@code AttachmentRules}).
 */
public record MultipartStatementRequest(JsonStructure statements, AttachmentUpload upload) {

    public static boolean isMultipartMixed(MediaType type) {
        return type != null
                && type.getType().equalsIgnoreCase("multipart")
                && type.getSubtype().equalsIgnoreCase("mixed");
    }

    /**
     * @param contentType the request's raw Content-Type header (its boundary may hold characters a media type
     *                    parser would not keep)
     * @param body        the whole body, already bounded by {@code tracker.http.max-body-bytes}
     */
    public static MultipartStatementRequest parse(String contentType, byte[] body) {
        List<MultipartBody.Part> parts = MultipartBody.parse(body, MultipartBody.boundary(contentType));
        if (parts.isEmpty()) {
            throw new XapiValidationException(
                    "statement",
                    "the first multipart part must hold the statements (xAPI Communication §1.5.2.s2.b2.b1)");
        }
        MultipartBody.Part first = parts.get(0);
        String firstType = AttachmentPart.baseType(first.header("Content-Type"));
        if (!firstType.equals("application/json")) {
            throw new Refusal(
                    Refusal.Kind.INVALID,
                    "Content-Type",
                    "the first multipart part must have Content-Type "
                            + "application/json, not '" + first.header("Content-Type")
                            + "' (xAPI Communication §1.5.2.s2.b2.b6)");
        }
        JsonStructure statements = json(first.body());
        List<AttachmentPart> attachments = new ArrayList<>();
        for (int i = 1; i < parts.size(); i++) {
            attachments.add(attachment(parts.get(i), i));
        }
        return new MultipartStatementRequest(statements, AttachmentUpload.multipart(attachments));
    }

    private static AttachmentPart attachment(MultipartBody.Part part, int index) {
        String where = "multipart part " + (index + 1);
        String hash = part.header("X-Experience-API-Hash");
        if (hash == null || hash.isBlank()) {
            throw new Refusal(
                    Refusal.Kind.INVALID,
                    "X-Experience-API-Hash",
                    where + " has no X-Experience-API-Hash header" + " (xAPI Communication §1.5.2.s2.b2.b3)");
        }
        // §1.5.2.s3.b6: binary is assumed when absent; any other encoding is not what the client must send (b4)
        String encoding = part.header("Content-Transfer-Encoding");
        if (encoding != null && !encoding.equalsIgnoreCase("binary")) {
            throw new Refusal(
                    Refusal.Kind.INVALID,
                    "Content-Transfer-Encoding",
                    where + " has Content-Transfer-Encoding '" + encoding
                            + "'; attachment parts must be binary (xAPI Communication §1.5.2.s2.b2.b4)");
        }
        String length = part.header("Content-Length");
        if (length != null && !length.equals(Long.toString(part.body().length))) {
            throw new Refusal(
                    Refusal.Kind.INVALID,
                    "Content-Length",
                    where + " declares Content-Length " + length + " but has " + part.body().length
                            + " octets (xAPI Communication §1.5.2.s2.b2.b7)");
        }
        String sha2;
        try {
            sha2 = Sha2.normalize(hash);
        } catch (IllegalArgumentException e) {
            throw new Refusal(
                    Refusal.Kind.INVALID,
                    "X-Experience-API-Hash",
                    where + ": " + e.getMessage() + " (xAPI Communication §1.5.2.s4.b4)");
        }
        String type = part.header("Content-Type");
        if (type != null && type.trim().length() > Lengths.CONTENT_TYPE) { // the column the data is kept with (V8)
            throw new Refusal(
                    Refusal.Kind.INVALID,
                    "Content-Type",
                    where + ": Content-Type must not be longer than " + Lengths.CONTENT_TYPE + " characters");
        }
        try {
            return new AttachmentPart(sha2, type, part.body());
        } catch (IllegalArgumentException e) {
            throw new Refusal(
                    Refusal.Kind.INVALID,
                    "X-Experience-API-Hash",
                    where + ": X-Experience-API-Hash " + sha2
                            + " is not the SHA-2 of the part's data (xAPI Communication §1.5.2.s1.b4)");
        }
    }

    private static JsonStructure json(byte[] bytes) {
        if (bytes.length == 0) {
            throw new XapiValidationException("statement", "the first multipart part is empty");
        }
        return JsonBody.structure(bytes, "Malformed JSON in the first multipart part");
    }
}
