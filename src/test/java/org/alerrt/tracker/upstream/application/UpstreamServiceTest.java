package org.alerrt.tracker.upstream.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.xapiclient.XapiVersion;
import org.alerrt.tracker.testsupport.TestDatabase;
import org.alerrt.tracker.upstream.adapters.persistence.JdbcForwardRepository;
import org.alerrt.tracker.upstream.adapters.persistence.JdbcUpstreamRepository;
import org.alerrt.tracker.upstream.domain.ForwardRule;
import org.alerrt.tracker.upstream.domain.ForwardSettings;
import org.alerrt.tracker.upstream.domain.PullFilters;
import org.alerrt.tracker.upstream.domain.PulledPage;
import org.alerrt.tracker.upstream.domain.UpstreamDefinition;
import org.junit.jupiter.api.Test;

/** The upstream file's semantics on the real SQL: create or update by name, checkpoints kept, the API kept out. */
class UpstreamServiceTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private static final ForwardSettings ALL = new ForwardSettings(true, List.of(new ForwardRule(null, null)));

    private final JdbcUpstreamRepository repository;
    private final UpstreamService service = new UpstreamService();

    UpstreamServiceTest() {
        DataSource ds = TestDatabase.migrated();
        repository = new JdbcUpstreamRepository(ds);
        UpstreamSettings settings = new UpstreamSettings();
        settings.key = Optional.of(Base64.getEncoder().encodeToString(new byte[32]));
        UpstreamKeys keys = new UpstreamKeys();
        keys.settings = settings;
        ForwardAdmin forwards = new ForwardAdmin();
        forwards.upstreams = repository;
        forwards.forwards = new JdbcForwardRepository(ds);
        // positions are epoch seconds here: enough to see whether a position was placed or moved
        forwards.statements = new PullServiceTest.Log() {
            @Override
            public long positionBefore(Instant instant) {
                return instant.getEpochSecond();
            }
        };
        service.upstreams = repository;
        service.keys = keys;
        service.forwards = forwards;
    }

    private static UpstreamDefinition definition(String name, int pollSeconds) {
        return new UpstreamDefinition(
                name,
                URI.create("https://lrs.example.org/xapi/"),
                "key",
                XapiVersion.V1_0_3,
                true,
                PullFilters.none(),
                pollSeconds);
    }

    @Test
    void theFileCreatesThenUpdatesByNameKeepingTheCheckpoint() {
        long id = service.define(definition("vendor", 60), "one", null, null)
                .upstream()
                .id();
        repository.advance(id, 0, new PulledPage(List.of(), T0, "s-1", null), 5, T0);
        var again = service.define(definition("vendor", 30), "two", null, null);
        assertEquals(id, again.upstream().id(), "updated by name, not inserted");
        assertEquals(30, again.upstream().definition().pollSeconds());
        assertTrue(again.upstream().fromFile());
        assertEquals("two", service.keys.box().open(again.upstream().sealedSecret()));
        assertEquals(5, again.checkpoint().pulled());
        assertEquals("s-1", again.checkpoint().lastStatementId());
    }

    @Test
    void theApiAndPageCannotChangeAnUpstreamOfTheFile() {
        long id = service.define(definition("vendor", 60), "one", null, null)
                .upstream()
                .id();
        for (Runnable change : List.<Runnable>of(
                () -> service.update(id, definition("vendor", 5), null),
                () -> service.delete(id),
                () -> service.forwards.configure(id, ALL, null))) {
            Refusal r = assertThrows(Refusal.class, change::run);
            assertEquals(Refusal.Kind.CONFLICT, r.kind());
            assertTrue(r.getMessage().contains("tracker.upstream.file"), r.getMessage());
        }
        assertEquals(60, service.find(id).upstream().definition().pollSeconds());
        long other = service.create(definition("other", 60), "s").upstream().id();
        assertEquals(
                5,
                service.update(other, definition("other", 5), null)
                        .upstream()
                        .definition()
                        .pollSeconds());
    }

    @Test
    void fromPlacesTheForwardPositionOnlyTheFirstTime() {
        Instant from = Instant.parse("2026-09-01T00:00:00Z");
        long id = service.define(definition("vendor", 60), "s", ALL, from)
                .upstream()
                .id();
        assertEquals(
                from.getEpochSecond(), service.forwards.status(id).orElseThrow().position());
        service.define(definition("vendor", 60), "s", ALL, Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(
                from.getEpochSecond(),
                service.forwards.status(id).orElseThrow().position(),
                "a restart must not send again what was sent");
        service.define(definition("vendor", 60), "s", null, null);
        var p = service.forwards.status(id).orElseThrow();
        assertFalse(p.settings().enabled(), "no forward member: off");
        assertEquals(from.getEpochSecond(), p.position());
    }

    @Test
    void anUpstreamNoLongerInTheFileIsHandedToTheApi() {
        long kept = service.define(definition("kept", 60), "s", null, null)
                .upstream()
                .id();
        long gone = service.define(definition("gone", 60), "s", null, null)
                .upstream()
                .id();
        assertEquals(List.of("gone"), service.releaseAllBut(List.of("kept")));
        assertTrue(service.find(kept).upstream().fromFile());
        assertFalse(service.find(gone).upstream().fromFile());
        service.delete(gone);
        assertEquals(List.of(), service.releaseAllBut(List.of("kept")));
    }
}
