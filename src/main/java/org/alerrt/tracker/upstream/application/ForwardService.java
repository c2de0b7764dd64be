package org.alerrt.tracker.upstream.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alerrt.tracker.lrs.api.LoggedStatement;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.xapiclient.RefusedException;
import org.alerrt.tracker.platform.xapiclient.StatementQuery;
import org.alerrt.tracker.platform.xapiclient.XapiClient;
import org.alerrt.tracker.platform.xapiclient.XapiClientException;
import org.alerrt.tracker.upstream.domain.DeadLetter;
import org.alerrt.tracker.upstream.domain.ForwardPosition;
import org.alerrt.tracker.upstream.domain.Upstream;

/**
 * Forwards the statements stored here to the upstreams whose rules want them (docs/upstream.md): in stored order,
 * from each upstream's position, in batches POSTed with their own ids. A batch's outcome (the new position, the
 * statements the remote refused as dead letters) is recorded in one transaction after the remote answered; a crash
 * before that sends the batch again, which the remote's idempotence (same id, same statement: no change,
 * Communication §2.1.2) makes harmless. A remote that stays unavailable ends the run with its error; the next turn
 * sends the same batch again. Statements are read only once they are {@code tracker.upstream.forward-settle-seconds}
 * old, so the position never passes one whose transaction is still open.
 */
@ApplicationScoped
public class ForwardService {

    private static final Logger LOG = Logger.getLogger(ForwardService.class.getName());

    /** Set by the LRS that stores a statement, so not sent as ours (Data §2.4.8, §2.4.9); the remote sets its own. */
    private static final List<String> LRS_SET = List.of("stored", "authority", "version");

    @Inject
    ForwardTransactions transactions;

    @Inject
    UpstreamClients clients;

    @Inject
    UpstreamSettings settings;

    @Inject
    ForwardAdmin admin;

    /**
     * Sends a dead letter again, as it was or corrected (same id), now: accepted (or already there), it is removed;
     * refused again, it stays with the new answer. Whether it was delivered.
     */
    public boolean retry(long upstreamId, long deadLetterId, JsonObject corrected) {
        Upstream upstream = admin.upstream(upstreamId);
        DeadLetter d = admin.deadLetter(upstreamId, deadLetterId);
        JsonObject statement = corrected != null ? outgoing(corrected) : parse(d.document());
        if (!d.statementId().equalsIgnoreCase(statement.getString("id", ""))) {
            throw Refusal.invalid("id", "a corrected statement keeps its id " + d.statementId());
        }
        XapiClient client = clients.of(upstream);
        try {
            client.post(List.of(statement), transactions.attachments(List.of(statement)));
        } catch (RefusedException r) {
            if (!(r.conflict() && sameAtRemote(client, statement))) {
                admin.retried(d.id(), statement.toString(), r.status(), PullService.describe(r));
                return false;
            }
        } catch (XapiClientException e) {
            throw new Refusal(Refusal.Kind.UNAVAILABLE, null, "upstream " + upstream.name() + ": " + e.getMessage());
        }
        admin.discard(upstreamId, deadLetterId);
        return true;
    }

    /** One turn of the schedule: every upstream with forwarding enabled. */
    public void forwardDue() {
        for (Upstream u : transactions.upstreams()) {
            if (transactions.position(u.id()).map(p -> p.settings().enabled()).orElse(false)) {
                forward(u);
            }
        }
    }

    /** Forwards to one upstream until it has caught up with the settled statements, or to the first failure. */
    public void forward(Upstream upstream) {
        transactions.runStarted(upstream.id());
        try {
            XapiClient client = clients.of(upstream);
            int batchSize = settings.forwardBatchSize();
            while (true) {
                ForwardPosition p = transactions.position(upstream.id()).orElseThrow();
                Instant settled = Instant.now().minus(settings.forwardSettle());
                List<LoggedStatement> batch = transactions.read(p.position(), settled, batchSize);
                if (batch.isEmpty()) {
                    transactions.record(upstream, p.position(), p.position(), p.lastStored(), 0, true, List.of());
                    break;
                }
                List<LoggedStatement> wanted = batch.stream()
                        .filter(s -> p.settings().wants(s.statement(), upstream))
                        .toList();
                List<DeadLetter> dead = send(client, upstream, wanted);
                LoggedStatement last = batch.get(batch.size() - 1);
                boolean caughtUp = batch.size() < batchSize;
                transactions.record(
                        upstream,
                        p.position(),
                        last.position(),
                        stored(last.statement()),
                        wanted.size() - dead.size(),
                        caughtUp,
                        dead);
                if (!dead.isEmpty()) {
                    LOG.warning(() -> upstream.name() + " refused " + dead.size() + " statements: dead letters");
                }
                if (caughtUp) {
                    break;
                }
            }
            transactions.runSucceeded(upstream.id());
        } catch (RuntimeException e) {
            String error = PullService.describe(e);
            LOG.log(Level.WARNING, "Forwarding to upstream " + upstream.name() + " stopped: " + error, e);
            transactions.runFailed(upstream.id(), error);
        }
    }

    /**
     * POSTs the batch in order; when the remote refuses it, statement by statement, so that only the refused ones
     * become dead letters and the others still arrive in order. An unavailable remote ends the run (nothing recorded).
     */
    List<DeadLetter> send(XapiClient client, Upstream upstream, List<LoggedStatement> wanted) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<JsonObject> out = wanted.stream().map(w -> outgoing(w.statement())).toList();
        try {
            // Communication §1.5.2: data held here goes as multipart/mixed; an attachment with a fileUrl needs none
            client.post(out, transactions.attachments(out));
            return List.of();
        } catch (RefusedException batchRefused) {
            List<DeadLetter> dead = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                JsonObject s = out.get(i);
                try {
                    client.post(List.of(s), transactions.attachments(List.of(s)));
                } catch (RefusedException r) {
                    if (r.conflict() && sameAtRemote(client, s)) {
                        continue; // already there: a 409 from a remote that does not compare (RefusedException)
                    }
                    dead.add(new DeadLetter(
                            0,
                            upstream.id(),
                            s.getString("id"),
                            wanted.get(i).position(),
                            s.toString(),
                            r.status(),
                            PullService.describe(r),
                            Instant.now(),
                            null));
                }
            }
            return dead;
        }
    }

    private static JsonObject parse(String json) {
        try (JsonReader r = CachedJson.reader(new StringReader(json))) {
            return r.readObject();
        }
    }

    /** The statement as sent: without what the storing LRS sets (the remote sets its own). */
    static JsonObject outgoing(JsonObject stored) {
        JsonObjectBuilder b = CachedJson.objectBuilder(stored);
        LRS_SET.forEach(b::remove);
        return b.build();
    }

    /**
     * After a 409: whether the remote's statement under this id is ours (the same actor, verb, object and
     * registration: what a remote normalising a statement, Data §2.3.1.s9, leaves alone), or another one.
     */
    static boolean sameAtRemote(XapiClient client, JsonObject ours) {
        try {
            List<JsonObject> found = client.statements(StatementQuery.builder()
                            .statementId(UUID.fromString(ours.getString("id")))
                            .build())
                    .statements();
            return found.size() == 1 && same(found.get(0), ours);
        } catch (XapiClientException | IllegalArgumentException e) {
            return false;
        }
    }

    static boolean same(JsonObject theirs, JsonObject ours) {
        return Objects.equals(ifi(theirs.get("actor")), ifi(ours.get("actor")))
                && Objects.equals(id(theirs.get("verb")), id(ours.get("verb")))
                && Objects.equals(id(theirs.get("object")), id(ours.get("object")))
                && Objects.equals(registration(theirs), registration(ours));
    }

    /** Data §2.4.2.3: an agent is identified by exactly one of these; an LRS may add objectType or a name. */
    private static JsonValue ifi(JsonValue actor) {
        if (actor instanceof JsonObject a) {
            for (String key : List.of("mbox", "mbox_sha1sum", "openid", "account")) {
                if (a.containsKey(key)) {
                    return a.get(key);
                }
            }
        }
        return null;
    }

    private static String id(JsonValue v) {
        return v instanceof JsonObject o ? o.getString("id", null) : null;
    }

    private static String registration(JsonObject s) {
        return s.get("context") instanceof JsonObject c && c.get("registration") instanceof JsonString r
                ? r.getString().toLowerCase()
                : null;
    }

    private static Instant stored(JsonObject s) {
        return s.get("stored") instanceof JsonString t
                ? OffsetDateTime.parse(t.getString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant()
                : null;
    }
}
