package org.alerrt.tracker.lrs.domain.documents;

import java.util.List;
import org.alerrt.tracker.lrs.api.DocumentKind;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.platform.errors.Refusal;

/**
 * Optimistic concurrency of the document resources (Communication §3.1, xAPI 2.0 differences §4): decides from the
 * If-Match / If-None-Match headers and the current ETag whether a write may go ahead. Called inside the write's
 * transaction, with the row locked, so the decision and the write see the same document.
 */
public final class DocumentPreconditions {

    /** The writes concurrency applies to. */
    public enum Method {
        PUT,
        POST,
        DELETE
    }

    private DocumentPreconditions() {}

    /**
     * @param currentEtag the ETag of the stored document, null when there is none
     * @throws Refusal 412 when a precondition fails (§3.1.s4.b9/b11), 409 when a PUT overwrites without
     *                      headers (§3.1.s4.b13/b14), 400 when a 1.0.x profile PUT carries no header (§3.1.s3.b1)
     */
    public static void check(
            Method method,
            DocumentKind kind,
            XapiVersion version,
            String ifMatch,
            String ifNoneMatch,
            String currentEtag) {
        if (ifMatch != null) {
            List<String> tags = EntityTag.parseList(ifMatch);
            boolean matches = currentEtag != null && (tags.contains("*") || tags.contains(currentEtag));
            if (!matches) {
                throw new Refusal(
                        Refusal.Kind.PRECONDITION_FAILED,
                        "If-Match",
                        currentEtag == null
                                ? "If-Match: the document does not exist (xAPI Communication §3.1.s4.b5, RFC 7232 §3.1)"
                                : "If-Match: the document has changed since that ETag; its ETag is now "
                                        + EntityTag.quoted(currentEtag) + " (xAPI Communication §3.1.s4.b5)",
                        "§3.1.s4.b9");
            }
        }
        if (ifNoneMatch != null && currentEtag != null) {
            List<String> tags = EntityTag.parseList(ifNoneMatch);
            if (tags.contains("*") || tags.contains(currentEtag)) {
                throw new Refusal(
                        Refusal.Kind.PRECONDITION_FAILED,
                        "If-None-Match",
                        "If-None-Match: the document already exists (xAPI Communication §3.1.s4.b6)",
                        "§3.1.s4.b9");
            }
        }
        if (method == Method.PUT && ifMatch == null && ifNoneMatch == null && requiresHeaders(kind, version)) {
            if (currentEtag != null) {
                throw new Refusal(
                        Refusal.Kind.CONFLICT,
                        "If-Match",
                        "The document already exists and the PUT carries neither"
                                + " If-Match nor If-None-Match. Check the current state of the document (GET it), then"
                                + " send the PUT again with If-Match set to its current ETag "
                                + EntityTag.quoted(currentEtag)
                                + " (xAPI Communication §3.1.s4.b13, §3.1.s4.b14)",
                        "§3.1.s4.b13");
            }
            if (version != XapiVersion.V2_0_0) {
                throw new Refusal(
                        Refusal.Kind.INVALID,
                        "If-None-Match",
                        "A PUT to a profile document must carry If-Match or"
                                + " If-None-Match: use If-None-Match: * to create a document (xAPI Communication §3.1.s3.b1)",
                        "§3.1.s3.b1");
            }
        }
    }

    /**
     * 1.0.3 lets clients write State without concurrency headers (§3.1.s3); 2.0 extends the 409 rule to State
     * (2.0 differences §4 item 5). Profiles always need them.
     */
    private static boolean requiresHeaders(DocumentKind kind, XapiVersion version) {
        return kind.isProfile() || version == XapiVersion.V2_0_0;
    }
}
