package org.alerrt.tracker.platform.security.throttle;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the {@link ThrottlePolicy} to sign-in attempts: before a secret is checked, whether its name or address is
 * locked; after a wrong one, one more failure for both (a WARN line for each lock); after a right one, the name's
 * failures forgotten. Counters are in the database, so a lock holds on every instance.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());
    /** Most counters the admin list shows; there are more only while someone sprays names. */
    public static final int LIST_LIMIT = 1000;

    /** The counters of one attempt's name and address, read before its secret is checked. */
    public record Check(ThrottleKind nameKind, String name, List<ThrottleCounter> counters, Instant at) {

        /** The lock that ends last, when the name or the address is locked. */
        public Optional<ThrottleCounter> lock() {
            return counters.stream()
                    .filter(c -> c.lockedAt(at))
                    .max(Comparator.comparing(ThrottleCounter::lockedUntil));
        }

        boolean nameCounted() {
            return counters.stream().anyMatch(c -> c.kind() == nameKind);
        }
    }

    @Inject
    ThrottleStore store;

    @Inject
    @ConfigProperty(name = "tracker.security.sign-in.free-failures-per-name", defaultValue = "5")
    int freePerName;

    @Inject
    @ConfigProperty(name = "tracker.security.sign-in.free-failures-per-address", defaultValue = "20")
    int freePerAddress;

    @Inject
    @ConfigProperty(name = "tracker.security.sign-in.first-lock-seconds", defaultValue = "1")
    long firstLockSeconds;

    @Inject
    @ConfigProperty(name = "tracker.security.sign-in.max-lock-seconds", defaultValue = "900")
    long maxLockSeconds;

    @Inject
    @ConfigProperty(name = "tracker.security.sign-in.forget-after-minutes", defaultValue = "60")
    long forgetAfterMinutes;

    Clock clock = Clock.systemUTC();
    ThrottlePolicy policy = ThrottlePolicy.DEFAULT;

    public SignInThrottle() {}

    /** Without CDI (unit tests): the given store, policy and clock. */
    public SignInThrottle(ThrottleStore store, ThrottlePolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    /** The settings' ranges are checked at start ({@code PlatformSettingsCheck}). */
    @PostConstruct
    void init() {
        policy = new ThrottlePolicy(
                freePerName,
                freePerAddress,
                Duration.ofSeconds(firstLockSeconds),
                Duration.ofSeconds(maxLockSeconds),
                Duration.ofMinutes(forgetAfterMinutes));
    }

    public ThrottlePolicy policy() {
        return policy;
    }

    public Check check(ThrottleKind nameKind, String name, String address) {
        return new Check(nameKind, name, store.find(nameKind, name, address), clock.instant());
    }

    /** A wrong secret (or unknown name): one more failure for the name and for the address. */
    public void failed(ThrottleKind nameKind, String name, String address) {
        count(nameKind, name);
        count(ThrottleKind.ADDRESS, address);
    }

    private void count(ThrottleKind kind, String key) {
        Instant now = clock.instant();
        ThrottleCounter after = store.update(kind, key, current -> policy.afterFailure(kind, key, current, now));
        if (after.lockedAt(now)) {
            LOG.warning(() -> "Sign-in locked: kind=" + kind + " key=" + printable(after.key()) + " failures="
                    + after.failures() + " until=" + after.lockedUntil());
        }
    }

    /** A right secret: the name's failures are forgotten (a write only when it had some). */
    public void succeeded(Check check) {
        if (check.nameCounted()) {
            store.delete(check.nameKind(), check.name());
        }
    }

    public List<ThrottleCounter> list() {
        return store.list(LIST_LIMIT);
    }

    /** An administrator lifts a lock and forgets the failures; false when there was no such counter. */
    public boolean clear(ThrottleKind kind, String key) {
        boolean cleared = store.delete(kind, key);
        if (cleared) {
            LOG.info(() -> "Sign-in throttle cleared: kind=" + kind + " key=" + printable(key));
        }
        return cleared;
    }

    /** Deletes counters whose failures are forgotten; any instance may run it. */
    public int purge() {
        Instant now = clock.instant();
        return store.purge(now.minus(policy.forgetAfter()), now);
    }

    /** Names come from the request: no line breaks or other control characters reach the log. */
    static String printable(String key) {
        return key.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
