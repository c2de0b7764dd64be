package org.alerrt.tracker.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.alerrt.tracker.lrs.domain.attachments.AttachmentInfo;
import org.alerrt.tracker.lrs.domain.attachments.AttachmentPart;
import org.alerrt.tracker.lrs.domain.attachments.AttachmentRules;
import org.alerrt.tracker.lrs.domain.attachments.AttachmentStore;
import org.alerrt.tracker.lrs.domain.attachments.AttachmentUpload;
import org.alerrt.tracker.lrs.domain.attachments.SignatureVerifier;
import org.alerrt.tracker.platform.errors.Refusal;

/**
 * Attachments of statements (Data §2.4.11, §2.6; Communication §1.5.2): checks a request's parts against its
 * statements, stores their data with the statements in one transaction, and reads it back for GET.
 */
@ApplicationScoped
public class AttachmentService {

    @Inject
    AttachmentStore store;

    /** Before anything is written: the §1.5.2 matching rules, then every signature (Data §2.6.s5). */
    public void check(List<JsonObject> statements, AttachmentUpload upload) {
        AttachmentRules.check(statements, upload);
        SignatureVerifier.verifyAll(statements, upload);
    }

    /**
     * Runs the statement write and stores the attachment data in the same transaction, so a statement is never
     * stored without the data it references (nor data without its statement).
     *
     * @param writeStatements writes the statements and answers their ids in request order
     */
    @Transactional
    public List<String> writeWith(
            List<JsonObject> statements, AttachmentUpload upload, Supplier<List<String>> writeStatements) {
        List<String> ids = writeStatements.get();
        if (upload.parts().isEmpty()) {
            return ids;
        }
        Map<String, List<AttachmentPart>> byStatement = new LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            List<AttachmentPart> parts = new ArrayList<>();
            for (String sha2 : AttachmentRules.referencedHashes(List.of(statements.get(i)))) {
                upload.part(sha2).ifPresent(p -> {
                    if (!parts.contains(p)) {
                        parts.add(p);
                    }
                });
            }
            if (!parts.isEmpty()) {
                byStatement.computeIfAbsent(ids.get(i), k -> new ArrayList<>()).addAll(parts);
            }
        }
        store.save(byStatement);
        return ids;
    }

    /** The attachments with data held for the given statements: one per hash, in order of first reference. */
    public List<AttachmentInfo> attachmentsOf(List<JsonObject> statements) {
        List<String> hashes = AttachmentRules.referencedHashes(statements);
        if (hashes.isEmpty()) {
            return List.of();
        }
        Map<String, AttachmentInfo> known = store.info(hashes);
        return hashes.stream().filter(known::containsKey).map(known::get).toList();
    }

    public byte[] content(String sha2) {
        return store.content(sha2).orElseThrow(() -> Refusal.notFound("attachment " + sha2 + " is gone"));
    }
}
