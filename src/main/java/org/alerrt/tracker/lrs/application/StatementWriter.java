package org.alerrt.tracker.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.alerrt.tracker.lrs.api.StatementPolicy;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.lrs.domain.ExistingStatement;
import org.alerrt.tracker.lrs.domain.KnownStatementIds;
import org.alerrt.tracker.lrs.domain.StatementStore;
import org.alerrt.tracker.lrs.domain.StoredOrder;
import org.alerrt.tracker.lrs.domain.StoredStatement;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.events.EventPublisher;
import org.alerrt.tracker.platform.json.CachedJson;

/** Stores one request's statements in one transaction: all of them or none (Communication §2.1.2). */
@ApplicationScoped
public class StatementWriter {

    @Inject
    StatementStore store;

    @Inject
    EventPublisher events;

    /** One per instance (this bean is application-scoped): keys that are the stored order (Communication §2.1.3). */
    private final StoredOrder order =
            new StoredOrder(Clock.systemUTC(), ThreadLocalRandom.current().nextInt(256));

    /**
     * {@code beforeInsert} (the other contexts' statement policies) is given the statements not stored yet, in
     * request order (the same id sent again is left out: it changes nothing), inside this transaction, so what it
     * writes commits or rolls back with them. The work it answers runs right after the statement it names is
     * inserted, so what that work stores follows it in stored order ({@link StatementPolicy.AfterInsert}).
     *
     * @return the ids of the statements, in request order
     */
    @Transactional
    public List<String> write(
            List<JsonObject> statements,
            JsonObject authority,
            Long credentialId,
            XapiVersion version,
            Function<List<JsonObject>, List<StatementPolicy.AfterInsert>> beforeInsert) {
        Map<String, JsonObject> byId = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            JsonObject s = statements.get(i);
            String id = s.containsKey("id")
                    ? s.getString("id").toLowerCase()
                    : UUID.randomUUID().toString();
            if (byId.putIfAbsent(id, s) != null) {
                throw new Refusal(
                        Refusal.Kind.INVALID,
                        "statement[" + i + "].id",
                        "the same statement id appears twice in one request (xAPI Communication §2.1.2)");
            }
            ids.add(id);
        }
        KnownStatementIds known = store.lookUp(byId.keySet());
        Map<String, ExistingStatement> existing = known.stored();
        List<StoredStatement> fresh = new ArrayList<>();
        for (var e : byId.entrySet()) {
            ExistingStatement old = existing.get(e.getKey());
            if (old != null) {
                if (!StoredStatement.sameContent(old.document(), e.getValue())) {
                    throw Refusal.conflict(
                            "statement.id",
                            "statement " + e.getKey()
                                    + " already exists with different content (xAPI Communication §2.1.2)");
                }
                continue; // the same statement again: nothing to store (idempotent)
            }
            fresh.add(StoredStatement.prepare(e.getValue(), e.getKey(), order.next(), authority, version));
        }
        List<StatementPolicy.AfterInsert> after = List.of();
        if (!fresh.isEmpty()) {
            List<JsonObject> freshDocuments = new ArrayList<>(fresh.size());
            for (StoredStatement f : fresh) {
                freshDocuments.add(byId.get(f.id()));
            }
            after = beforeInsert.apply(freshDocuments);
        }
        checkVoidingTargets(fresh);
        insert(
                fresh,
                credentialId,
                known.voidedByStored(),
                after,
                s -> StoredStatement.prepare(byId.get(s.id()), s.id(), order.next(), authority, version));
        return ids;
    }

    /**
     * One batch when no work waits on a statement (the usual case); else the statements up to each waiting one,
     * then its work, then the rest. Each statement's event is published once, with its own insert.
     */
    private void insert(
            List<StoredStatement> fresh,
            Long credentialId,
            Set<String> voidedByStored,
            List<StatementPolicy.AfterInsert> after,
            UnaryOperator<StoredStatement> rekeyed) {
        List<StatementPolicy.AfterInsert> ordered = new ArrayList<>(after);
        ordered.sort(Comparator.comparingInt(StatementPolicy.AfterInsert::index));
        int from = 0;
        for (StatementPolicy.AfterInsert a : ordered) {
            int to = Math.min(Math.max(a.index() + 1, from), fresh.size());
            insertAndPublish(segment(fresh, from, to, from > 0, rekeyed), credentialId, voidedByStored);
            from = to;
            a.action().run();
        }
        insertAndPublish(segment(fresh, from, fresh.size(), from > 0, rekeyed), credentialId, voidedByStored);
    }

    /**
     * Statements after a work item take new keys: what the work stored got keys after theirs were drawn, and the
     * key is the stored order (a batch [passed, terminated] lists passed, its satisfied statements, terminated).
     */
    private static List<StoredStatement> segment(
            List<StoredStatement> fresh, int from, int to, boolean afterWork, UnaryOperator<StoredStatement> rekeyed) {
        List<StoredStatement> part = fresh.subList(from, to);
        return afterWork ? part.stream().map(rekeyed).toList() : part;
    }

    private void insertAndPublish(List<StoredStatement> batch, Long credentialId, Set<String> voidedByStored) {
        if (batch.isEmpty()) {
            return;
        }
        store.insert(batch, credentialId, voidedByStored);
        events.publishAll(
                StatementEvents.STATEMENT_STORED,
                batch.stream()
                        .map(s -> CachedJson.objectBuilder()
                                .add("statement", s.document())
                                .build())
                        .toList());
    }

    /** Data §2.3.2: a voiding statement cannot itself be voided. */
    private void checkVoidingTargets(List<StoredStatement> fresh) {
        Map<String, Boolean> targetsInRequest = new HashMap<>();
        for (StoredStatement s : fresh) {
            targetsInRequest.put(s.id(), s.isVoiding());
        }
        List<String> targets = fresh.stream()
                .filter(StoredStatement::isVoiding)
                .map(StoredStatement::voidingTarget)
                .toList();
        if (targets.isEmpty()) {
            return;
        }
        Map<String, ExistingStatement> stored = store.findByIds(targets);
        for (String target : targets) {
            boolean targetVoids = stored.containsKey(target)
                    ? stored.get(target).voiding()
                    : targetsInRequest.getOrDefault(target, false);
            if (targetVoids) {
                throw new Refusal(
                        Refusal.Kind.INVALID,
                        "statement.object.id",
                        "statement " + target + " is a voiding statement and cannot be voided (xAPI Data §2.3.2)");
            }
        }
    }
}
