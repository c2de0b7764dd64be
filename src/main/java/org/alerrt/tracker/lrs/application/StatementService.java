package org.alerrt.tracker.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.alerrt.tracker.lrs.adapters.persistence.JdbcStatementStore;
import org.alerrt.tracker.lrs.domain.StatementQuery;
import org.alerrt.tracker.lrs.domain.XapiVersion;
import org.alerrt.tracker.lrs.domain.attachments.AttachmentUpload;
import org.alerrt.tracker.lrs.domain.validation.StatementValidator;
import org.alerrt.tracker.platform.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Statement use cases: store (validated, all or nothing), get one, query. */
@ApplicationScoped
public class StatementService {

    @Inject
    StatementWriter writer;

    @Inject
    JdbcStatementStore store;

    @Inject
    AttachmentService attachments;

    @Inject
    jakarta.enterprise.inject.Instance<StatementPolicy> policies;

    @Inject
    @ConfigProperty(name = "tracker.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    /**
     * Validates every statement first, so an invalid one rejects the whole request before anything is written.
     * A concurrent request storing the same id first makes the insert fail; the retry then compares contents.
     */
    public List<String> store(List<JsonObject> statements, Caller credential, XapiVersion version) {
        return store(statements, credential, version, AttachmentUpload.json());
    }

    /** As above, with the attachment data of a multipart/mixed request (Communication §1.5.2). */
    public List<String> store(List<JsonObject> statements, Caller credential, XapiVersion version,
                              AttachmentUpload upload) {
        for (int i = 0; i < statements.size(); i++) {
            try {
                StatementValidator.validate(statements.get(i), version == XapiVersion.V2_0_0);
            } catch (org.alerrt.tracker.lrs.domain.validation.XapiValidationException e) {
                if (statements.size() == 1) {
                    throw e;
                }
                throw new org.alerrt.tracker.lrs.domain.validation.XapiValidationException(
                        e.property().replaceFirst("^statement", "statement[" + i + "]"), e.rule());
            }
        }
        attachments.check(statements, upload);
        for (StatementPolicy policy : policies) {
            policy.check(statements, credential);
        }
        JsonObject authority = authority(credential);
        for (int attempt = 1; ; attempt++) {
            try {
                return attachments.writeWith(statements, upload,
                        () -> writer.write(statements, authority, credential.id(), version));
            } catch (RuntimeException e) {
                if (attempt >= 3 || !causedByDuplicate(e)) {
                    throw e;
                }
            }
        }
    }

    @Transactional
    public Optional<JdbcStatementStore.Found> find(String id) {
        return store.findById(id.toLowerCase());
    }

    /** As {@link #find(String)}, limited to statements stored with the given credential when it is not null. */
    @Transactional
    public Optional<JdbcStatementStore.Found> find(String id, Long restrictToCredential) {
        return store.findById(id.toLowerCase(), restrictToCredential);
    }

    @Transactional
    public JdbcStatementStore.Page query(StatementQuery query) {
        return store.query(query);
    }

    /**
     * Communication §2.1.3: statements are readable as soon as their transaction commits, so the store is
     * consistent through the present moment.
     */
    public java.time.Instant consistentThrough() {
        return java.time.Instant.now();
    }

    /** Communication §4.1: the authority of statements written with an LRS credential names that credential. */
    private JsonObject authority(Caller credential) {
        return Json.createObjectBuilder()
                .add("objectType", "Agent")
                .add("name", "LRS credential " + credential.name())
                .add("account", Json.createObjectBuilder().add("homePage", publicUrl).add("name", credential.name()))
                .build();
    }

    private static boolean causedByDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JdbcStatementStore.DuplicateStatementIdException) {
                return true;
            }
        }
        return false;
    }
}
