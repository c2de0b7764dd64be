package org.alerrt.tracker.platform.web;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.security.throttle.SignInThrottle;
import org.alerrt.tracker.platform.security.throttle.ThrottleCounter;
import org.alerrt.tracker.platform.security.throttle.ThrottleKind;
import org.alerrt.tracker.platform.security.throttle.ThrottlePolicy;

/**
 * Admin API of the sign-in throttle ({@code /api/sign-in/throttles}, admins only per web.xml): the policy in force
 * and the current counters and locks, newest failure first; clearing one lifts its lock and forgets its failures.
 */
@Path("sign-in/throttles")
@Produces(MediaType.APPLICATION_JSON)
public class SignInThrottlesResource {

    @Inject
    SignInThrottle throttle;

    @GET
    public String list() {
        Instant now = Instant.now();
        List<ThrottleCounter> counters = throttle.list();
        JsonArrayBuilder all = CachedJson.arrayBuilder();
        counters.forEach(c -> all.add(json(c, now)));
        ThrottlePolicy p = throttle.policy();
        return CachedJson.objectBuilder()
                .add(
                        "policy",
                        CachedJson.objectBuilder()
                                .add("freeFailuresPerName", p.freePerName())
                                .add("freeFailuresPerAddress", p.freePerAddress())
                                .add("firstLockSeconds", p.firstLock().toSeconds())
                                .add("maxLockSeconds", p.maxLock().toSeconds())
                                .add("forgetAfterMinutes", p.forgetAfter().toMinutes()))
                .add("throttles", all)
                .add("truncated", counters.size() >= SignInThrottle.LIST_LIMIT)
                .build()
                .toString();
    }

    /** 204 when cleared, 404 when there is no such counter (nothing was locked). */
    @DELETE
    @Path("{kind}/{key}")
    public Response clear(@PathParam("kind") String kind, @PathParam("key") String key) {
        ThrottleKind k = ThrottleKind.parse(kind)
                .orElseThrow(
                        () -> Refusal.invalid("kind", "kind must be one of " + Arrays.toString(ThrottleKind.values())));
        if (!throttle.clear(k, key)) {
            throw Refusal.notFound("no sign-in throttle " + k + "/" + key);
        }
        return Response.noContent().build();
    }

    private static JsonObjectBuilder json(ThrottleCounter c, Instant now) {
        JsonObjectBuilder o = CachedJson.objectBuilder()
                .add("kind", c.kind().name())
                .add("key", c.key())
                .add("failures", c.failures())
                .add("lastFailure", c.lastFailure().toString())
                .add("locked", c.lockedAt(now));
        if (c.lockedUntil() != null) {
            o.add("lockedUntil", c.lockedUntil().toString());
        }
        if (c.lockedAt(now)) {
            o.add("retryAfterSeconds", c.retryAfterSeconds(now));
        }
        return o;
    }
}
