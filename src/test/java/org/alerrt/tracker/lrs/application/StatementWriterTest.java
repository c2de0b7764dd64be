package org.alerrt.tracker.lrs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alerrt.tracker.lrs.api.LoggedStatement;
import org.alerrt.tracker.lrs.api.StatementPolicy;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.lrs.domain.ExistingStatement;
import org.alerrt.tracker.lrs.domain.FoundStatement;
import org.alerrt.tracker.lrs.domain.KnownStatementIds;
import org.alerrt.tracker.lrs.domain.StatementPage;
import org.alerrt.tracker.lrs.domain.StatementQuery;
import org.alerrt.tracker.lrs.domain.StatementStore;
import org.alerrt.tracker.lrs.domain.StoredStatement;
import org.alerrt.tracker.platform.events.EventPublisher;
import org.junit.jupiter.api.Test;

/** Work a policy hangs on a statement runs right after that statement is inserted, before the ones after it. */
class StatementWriterTest {

    private final List<String> log = new ArrayList<>();

    private StatementWriter writer() {
        StatementWriter w = new StatementWriter();
        w.store = new StatementStore() {
            @Override
            public Map<String, ExistingStatement> findByIds(Collection<String> ids) {
                return Map.of();
            }

            @Override
            public KnownStatementIds lookUp(Collection<String> ids) {
                return new KnownStatementIds(Map.of(), Set.of());
            }

            @Override
            public void insert(List<StoredStatement> statements, Long credentialId, Set<String> voidedByStored) {
                log.add("insert "
                        + statements.stream().map(s -> s.id().substring(0, 1)).toList());
            }

            @Override
            public Optional<FoundStatement> findById(String id, Long credentialId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public StatementPage query(StatementQuery query) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<LoggedStatement> after(long afterSeq, long beforeSeq, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<String, JsonObject> activityDefinitions(Collection<String> activityIds) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<String> agentNames(String ifi) {
                throw new UnsupportedOperationException();
            }
        };
        w.events = new EventPublisher() {
            @Override
            public void publishAll(String topic, List<JsonObject> payloads) {
                log.add("publish " + payloads.size());
            }
        };
        return w;
    }

    private static JsonObject statement(char id) {
        return Json.createObjectBuilder()
                .add("id", id + "0000000-0000-4000-8000-000000000000")
                .add("actor", Json.createObjectBuilder().add("mbox", "mailto:a@example.org"))
                .add("verb", Json.createObjectBuilder().add("id", "http://example.org/v"))
                .add("object", Json.createObjectBuilder().add("id", "http://example.org/o"))
                .build();
    }

    private static final JsonObject AUTHORITY =
            Json.createObjectBuilder().add("mbox", "mailto:lrs@example.org").build();

    @Test
    void withoutWorkTheRequestIsOneInsert() {
        writer().write(
                        List.of(statement('a'), statement('b'), statement('c')),
                        AUTHORITY,
                        1L,
                        XapiVersion.V1_0_3,
                        fresh -> List.of());
        assertEquals(List.of("insert [a, b, c]", "publish 3"), log);
    }

    @Test
    void workFollowsItsStatementAndPrecedesTheNextOnes() {
        writer().write(
                        List.of(statement('a'), statement('b'), statement('c')),
                        AUTHORITY,
                        1L,
                        XapiVersion.V1_0_3,
                        fresh -> List.of(
                                new StatementPolicy.AfterInsert(1, () -> log.add("work after b")),
                                new StatementPolicy.AfterInsert(0, () -> log.add("work after a"))));
        assertEquals(
                List.of(
                        "insert [a]",
                        "publish 1",
                        "work after a",
                        "insert [b]",
                        "publish 1",
                        "work after b",
                        "insert [c]",
                        "publish 1"),
                log);
    }
}
