package org.alerrt.tracker.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.lrs.api.LoggedStatement;
import org.alerrt.tracker.lrs.api.StatementLog;
import org.alerrt.tracker.lrs.api.StatementPolicy;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.lrs.domain.DuplicateStatementIdException;
import org.alerrt.tracker.lrs.domain.FoundStatement;
import org.alerrt.tracker.lrs.domain.LanguagePreference;
import org.alerrt.tracker.lrs.domain.StatementFormat;
import org.alerrt.tracker.lrs.domain.StatementLinks;
import org.alerrt.tracker.lrs.domain.StatementPage;
import org.alerrt.tracker.lrs.domain.StatementQuery;
import org.alerrt.tracker.lrs.domain.StatementStore;
import org.alerrt.tracker.lrs.domain.StoredOrder;
import org.alerrt.tracker.lrs.domain.attachments.AttachmentPart;
import org.alerrt.tracker.lrs.domain.attachments.AttachmentRules;
import org.alerrt.tracker.lrs.domain.attachments.AttachmentUpload;
import org.alerrt.tracker.lrs.domain.validation.StatementValidator;
import org.alerrt.tracker.lrs.domain.validation.XapiValidationException;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.xapiclient.Attachment;

/** Statement use cases: store (validated, all or nothing), get one, query. */
@ApplicationScoped
public class StatementService implements StatementLog {

    @Inject
    StatementWriter writer;

    @Inject
    StatementStore store;

    @Inject
    AttachmentService attachments;

    @Inject
    Instance<StatementPolicy> policies;

    @Inject
    ServerSettings server;

    /**
     * Validates every statement first, so an invalid one rejects the whole request before anything is written.
     * A concurrent request storing the same id first makes the insert fail; the retry then compares contents.
     */
    @Override
    public List<String> store(List<JsonObject> statements, Caller credential, XapiVersion version) {
        return store(statements, credential, version, AttachmentUpload.json());
    }

    @Override
    public List<String> store(
            List<JsonObject> statements, List<Attachment> data, Caller credential, XapiVersion version) {
        Set<String> referenced = new HashSet<>(AttachmentRules.referencedHashes(statements));
        List<AttachmentPart> parts = new ArrayList<>();
        for (Attachment a : data) {
            try {
                AttachmentPart part = new AttachmentPart(a.sha2(), a.contentType(), a.content());
                if (referenced.contains(part.sha2())) {
                    parts.add(part);
                }
            } catch (IllegalArgumentException e) {
                throw new XapiValidationException(
                        "attachments",
                        "the data sent as " + a.sha2() + " does not have that SHA-2 (Communication"
                                + " §1.5.2.s2.b2.b3)");
            }
        }
        return store(statements, credential, version, AttachmentUpload.multipart(parts));
    }

    @Override
    @Transactional
    public List<Attachment> attachments(List<JsonObject> statements) {
        return attachments.attachmentsOf(statements).stream()
                .map(i -> new Attachment(i.sha2(), i.contentType(), attachments.content(i.sha2())))
                .toList();
    }

    /** As above, with the attachment data of a multipart/mixed request (Communication §1.5.2). */
    public List<String> store(
            List<JsonObject> statements, Caller credential, XapiVersion version, AttachmentUpload upload) {
        for (int i = 0; i < statements.size(); i++) {
            try {
                StatementValidator.validate(statements.get(i), version == XapiVersion.V2_0_0);
            } catch (XapiValidationException e) {
                if (statements.size() == 1) {
                    throw e;
                }
                throw new XapiValidationException(
                        e.property().replaceFirst("^statement", "statement[" + i + "]"), e.rule());
            }
        }
        attachments.check(statements, upload);
        JsonObject authority = authority(credential);
        for (int attempt = 1; ; attempt++) {
            try {
                // policies judge the statements not stored yet, inside the storing transaction (their records
                // roll back with a failed batch; a statement sent again is not judged twice)
                return attachments.writeWith(
                        statements,
                        upload,
                        () -> writer.write(statements, authority, credential.id(), version, fresh -> {
                            List<StatementPolicy.AfterInsert> after = new ArrayList<>();
                            for (StatementPolicy policy : policies) {
                                after.addAll(policy.check(fresh, credential));
                            }
                            return after;
                        }));
            } catch (RuntimeException e) {
                if (attempt >= 3 || !causedByDuplicate(e)) {
                    throw e;
                }
            }
        }
    }

    @Override
    @Transactional
    public boolean stored(String statementId) {
        return find(statementId, null).isPresent();
    }

    @Override
    @Transactional
    public boolean storedWith(String statementId, long credentialId) {
        return find(statementId, credentialId).isPresent();
    }

    @Override
    @Transactional
    public List<LoggedStatement> storedAfter(long position, Instant settledBefore, int limit) {
        return store.after(position, StoredOrder.keyBefore(settledBefore) + 1, limit);
    }

    @Override
    public long positionBefore(Instant instant) {
        return StoredOrder.keyBefore(instant);
    }

    /** By id, limited to statements stored with the given credential when it is not null. */
    @Transactional
    public Optional<FoundStatement> find(String id, Long restrictToCredential) {
        return store.findById(id.toLowerCase(), restrictToCredential);
    }

    @Transactional
    public StatementPage query(StatementQuery query) {
        return store.query(query);
    }

    /** Communication §2.1.3 "format": the statements as the reader asked for them. */
    @Transactional
    public List<JsonObject> render(List<JsonObject> statements, StatementFormat format, LanguagePreference languages) {
        if (format == StatementFormat.EXACT) {
            return statements.stream()
                    .map(s -> format.apply(s, Map.of(), languages))
                    .toList();
        }
        Map<String, JsonObject> canonical = Map.of();
        if (format == StatementFormat.CANONICAL) {
            Set<String> ids = new HashSet<>();
            for (JsonObject s : statements) {
                StatementLinks.of(s).activities().forEach(a -> ids.add(a.iri()));
            }
            canonical = store.activityDefinitions(ids);
        }
        Map<String, JsonObject> definitions = canonical;
        return statements.stream()
                .map(s -> format.apply(s, definitions, languages))
                .toList();
    }

    /**
     * Communication §2.5: the Activity with its canonical definition, or just its id when the LRS has none
     * (a SHOULD* in 1.0.3, a must in 2.0.0).
     */
    @Transactional
    public JsonObject activity(String activityId) {
        JsonObjectBuilder b =
                CachedJson.objectBuilder().add("objectType", "Activity").add("id", activityId);
        JsonObject definition = store.activityDefinitions(List.of(activityId)).get(activityId);
        if (definition != null) {
            b.add("definition", definition);
        }
        return b.build();
    }

    /**
     * Communication §2.4: a Person object for an Agent: the identifier asked for (this LRS links no identities, so
     * a Person has exactly one) and every name statements gave that agent. Unknown agents still get a Person.
     */
    @Transactional
    public JsonObject person(JsonObject agent) {
        String ifi = ActorIdentity.of(agent).orElseThrow().value();
        JsonArrayBuilder names = CachedJson.arrayBuilder();
        Set<String> seen = new LinkedHashSet<>(store.agentNames(ifi));
        if (agent.containsKey("name")) {
            seen.add(agent.getString("name"));
        }
        seen.forEach(names::add);
        JsonObjectBuilder b = CachedJson.objectBuilder().add("objectType", "Person");
        if (!seen.isEmpty()) {
            b.add("name", names);
        }
        for (String key : List.of("mbox", "mbox_sha1sum", "openid", "account")) {
            if (agent.containsKey(key)) {
                b.add(key, CachedJson.arrayBuilder().add(agent.get(key)));
            }
        }
        return b.build();
    }

    /**
     * Communication §2.1.3: statements are readable as soon as their transaction commits, so the store is
     * consistent through the present moment.
     */
    public Instant consistentThrough() {
        return Instant.now();
    }

    /** Communication §4.1: the authority of statements written with an LRS credential names that credential. */
    private JsonObject authority(Caller credential) {
        return CachedJson.objectBuilder()
                .add("objectType", "Agent")
                .add("name", "LRS credential " + credential.name())
                .add(
                        "account",
                        CachedJson.objectBuilder()
                                .add("homePage", server.publicUrl())
                                .add("name", credential.name()))
                .build();
    }

    private static boolean causedByDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DuplicateStatementIdException) {
                return true;
            }
        }
        return false;
    }
}
