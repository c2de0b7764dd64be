package org.alerrt.tracker.lrs.domain.attachments;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.X509CertUtils;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.List;
import java.util.Set;
import org.alerrt.tracker.lrs.domain.validation.XapiValidationException;
import org.alerrt.tracker.platform.json.CachedJson;

/**
 * Data §2.6 Signed Statements: checks every signature attachment of a statement, in the order §2.6.s5.b3 lists.
 * Any failure is a 400 naming the rule (§2.6.s5.b1). The x5c check only catches mistakes (§2.6 note): the
 * certificate is not trusted, chained or date-checked; without x5c there is no key to verify against, so only the
 * payload and the algorithm are checked (§2.6.s5.b3.b3 applies "if the JWS header includes an X.509 certificate").
 */
public final class SignatureVerifier {

    private static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);

    private SignatureVerifier() {}

    /** Verifies the signatures of each statement; statements without a signature attachment pass unchanged. */
    public static void verifyAll(List<JsonObject> statements, AttachmentUpload upload) {
        for (int i = 0; i < statements.size(); i++) {
            String path = statements.size() == 1 ? "statement" : "statement[" + i + "]";
            verify(statements.get(i), path, upload);
        }
    }

    static void verify(JsonObject statement, String path, AttachmentUpload upload) {
        if (!(statement.get("attachments") instanceof JsonArray list)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonObject a = list.getJsonObject(i);
            if (!SignedStatementEquivalence.SIGNATURE_USAGE.equals(a.getString("usageType", ""))) {
                continue;
            }
            String p = path + ".attachments[" + i + "]";
            if (!"application/octet-stream".equals(AttachmentPart.baseType(a.getString("contentType")))) {
                throw new XapiValidationException(
                        p + ".contentType",
                        "a signature attachment must have contentType application/octet-stream (xAPI Data §2.6.s4.b1)");
            }
            AttachmentPart part = upload.part(a.getString("sha2"))
                    .orElseThrow(() -> new XapiValidationException(
                            p + ".sha2",
                            "the signature must be sent as a multipart/mixed part so the LRS can verify it"
                                    + " (xAPI Data §2.6.s5.b3)"));
            verifyJws(new String(part.content(), StandardCharsets.UTF_8), statement, p);
        }
    }

    /** @param path the signature attachment's property path, for error messages */
    public static void verifyJws(String jws, JsonObject received, String path) {
        String text = jws.trim();
        if (text.startsWith("{")) {
            throw new XapiValidationException(
                    path,
                    "the signature must use JWS Compact Serialization"
                            + " (xAPI Data §2.6.s4.b2; SHALL in xAPI 2.0.0)");
        }
        JWSObject parsed;
        try {
            parsed = JWSObject.parse(text);
        } catch (ParseException e) {
            throw new XapiValidationException(
                    path,
                    "the signature is not a well-formed JWS: " + e.getMessage()
                            + " (xAPI Data §2.6.s4.b1, §2.6.s5.b3.b1)");
        }
        JWSAlgorithm alg = parsed.getHeader().getAlgorithm();
        if (!ALLOWED.contains(alg)) {
            throw new XapiValidationException(
                    path,
                    "the JWS algorithm " + alg + " is not allowed: use RS256, RS384 or RS512 (xAPI Data §2.6.s4.b4)");
        }
        JsonObject payload = payload(parsed, path);
        String differs = SignedStatementEquivalence.difference(payload, received);
        if (differs != null) {
            throw new XapiValidationException(
                    path,
                    "the JWS payload differs from the statement at '" + differs
                            + "' (xAPI Data §2.6.s4.b3, §2.6.s5.b3.b2)");
        }
        var chain = parsed.getHeader().getX509CertChain();
        if (chain != null && !chain.isEmpty()) {
            X509Certificate leaf = X509CertUtils.parse(chain.get(0).decode());
            if (leaf == null) {
                throw new XapiValidationException(
                        path,
                        "the first x5c entry is not an X.509 certificate" + " (xAPI Data §2.6.s4.b6, RFC 7515 §4.1.6)");
            }
            if (!(leaf.getPublicKey() instanceof RSAPublicKey key)) {
                throw new XapiValidationException(
                        path, "the x5c certificate does not hold an RSA key for " + alg + " (xAPI Data §2.6.s4.b4)");
            }
            boolean valid;
            try {
                valid = parsed.verify(new RSASSAVerifier(key));
            } catch (JOSEException e) {
                throw new XapiValidationException(
                        path, "the signature cannot be verified: " + e.getMessage() + " (xAPI Data §2.6.s5.b3.b3)");
            }
            if (!valid) {
                throw new XapiValidationException(
                        path, "the signature does not verify with the x5c certificate" + " (xAPI Data §2.6.s5.b3.b3)");
            }
        }
    }

    private static JsonObject payload(JWSObject jws, String path) {
        String json = jws.getPayload().toString();
        try (JsonReader r = CachedJson.reader(new StringReader(json))) {
            JsonValue v = r.readValue();
            if (v instanceof JsonObject o) {
                return o;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new XapiValidationException(
                path, "the JWS payload must be the JSON serialization of the statement" + " (xAPI Data §2.6.s4.b3)");
    }
}
