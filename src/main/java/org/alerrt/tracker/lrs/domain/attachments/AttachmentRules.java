package org.alerrt.tracker.lrs.domain.attachments;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alerrt.tracker.lrs.domain.validation.XapiValidationException;

/**
 * Matches the Attachment objects of a request's (already validated) statements with the data parts it carried.
 * Each method holds one rule of Communication §1.5.2 and names it when broken.
 */
public final class AttachmentRules {

    /** An Attachment object with the path it was found at, for error messages. */
    public record Declared(String path, JsonObject attachment) {
        public String sha2() {
            return attachment.getString("sha2").toLowerCase(Locale.ROOT);
        }

        public boolean hasFileUrl() {
            return attachment.containsKey("fileUrl");
        }
    }

    private AttachmentRules() {}

    /** Applies every rule below; statements are the request's statements in order. */
    public static void check(List<JsonObject> statements, AttachmentUpload upload) {
        List<Declared> declared = declared(statements);
        if (!upload.multipart()) {
            jsonRequestNeedsFileUrls(declared);
            return;
        }
        everyAttachmentWithoutFileUrlHasAPart(declared, upload);
        everyPartBelongsToAnAttachment(declared, upload);
        partHeadersMatchTheAttachment(declared, upload);
    }

    /** §1.5.2.s2.b1: an application/json request must give a fileUrl for every Attachment. */
    static void jsonRequestNeedsFileUrls(List<Declared> declared) {
        for (Declared d : declared) {
            if (!d.hasFileUrl()) {
                throw new XapiValidationException(
                        d.path() + ".fileUrl",
                        "an attachment without fileUrl must be "
                                + "sent as a multipart/mixed part (xAPI Communication §1.5.2.s2.b1)");
            }
        }
    }

    /** §1.5.2.s3.b5: an Attachment with neither a fileUrl nor a part of the same hash is rejected. */
    static void everyAttachmentWithoutFileUrlHasAPart(List<Declared> declared, AttachmentUpload upload) {
        for (Declared d : declared) {
            if (!d.hasFileUrl() && upload.part(d.sha2()).isEmpty()) {
                throw new XapiValidationException(
                        d.path() + ".sha2",
                        "no multipart part has X-Experience-API-Hash " + d.sha2()
                                + " and the attachment has no fileUrl (xAPI Communication §1.5.2.s3.b5)");
            }
        }
    }

    /** §1.5.2.s2.b2.b2: each part after the first is the raw data of an Attachment of the request. */
    static void everyPartBelongsToAnAttachment(List<Declared> declared, AttachmentUpload upload) {
        Set<String> hashes = new HashSet<>();
        declared.forEach(d -> hashes.add(d.sha2()));
        for (AttachmentPart p : upload.parts()) {
            if (!hashes.contains(p.sha2())) {
                throw new XapiValidationException(
                        "X-Experience-API-Hash",
                        "part " + p.sha2()
                                + " matches no attachment of the statements (xAPI Communication §1.5.2.s2.b2.b2)");
            }
        }
    }

    /**
     * §1.5.2.s2.b2.b7: a part's Content-Type must match the attachment's contentType. Media type parameters are
     * not compared: the specification's own example pairs "text/plain; charset=ascii" with "text/plain".
     */
    static void partHeadersMatchTheAttachment(List<Declared> declared, AttachmentUpload upload) {
        for (Declared d : declared) {
            var part = upload.part(d.sha2());
            if (part.isEmpty()) {
                continue;
            }
            String declaredType = AttachmentPart.baseType(d.attachment().getString("contentType"));
            String partType = AttachmentPart.baseType(part.get().contentType());
            if (!declaredType.equals(partType)) {
                throw new XapiValidationException(
                        d.path() + ".contentType",
                        "is " + declaredType + " but its part has Content-Type " + partType
                                + " (xAPI Communication §1.5.2.s2.b2.b7)");
            }
        }
    }

    /** Attachment objects of the statements and of their SubStatements (Data §2.4.11 allows both). */
    public static List<Declared> declared(List<JsonObject> statements) {
        List<Declared> out = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            String path = statements.size() == 1 ? "statement" : "statement[" + i + "]";
            JsonObject s = statements.get(i);
            collect(s, path, out);
            JsonValue object = s.get("object");
            if (object instanceof JsonObject o && "SubStatement".equals(o.getString("objectType", ""))) {
                collect(o, path + ".object", out);
            }
        }
        return out;
    }

    /** The hashes of every attachment of the given statements, in order of appearance, without repeats. */
    public static List<String> referencedHashes(List<JsonObject> statements) {
        Set<String> seen = new LinkedHashSet<>();
        for (Declared d : declared(statements)) {
            seen.add(d.sha2());
        }
        return new ArrayList<>(seen);
    }

    private static void collect(JsonObject s, String path, List<Declared> out) {
        if (s.get("attachments") instanceof JsonArray list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof JsonObject a && a.get("sha2") instanceof JsonString) {
                    out.add(new Declared(path + ".attachments[" + i + "]", a));
                }
            }
        }
    }
}
