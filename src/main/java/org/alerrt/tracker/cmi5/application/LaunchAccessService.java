package org.alerrt.tracker.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.CourseFormat;
import org.alerrt.tracker.cmi5.api.CourseVersion;
import org.alerrt.tracker.cmi5.api.Registration;
import org.alerrt.tracker.cmi5.api.TinCanLaunches;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.AuSession;
import org.alerrt.tracker.cmi5.domain.Block;
import org.alerrt.tracker.cmi5.domain.Cmi5CourseRepository;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.LaunchCredential;
import org.alerrt.tracker.cmi5.domain.LaunchCredentialRepository;
import org.alerrt.tracker.cmi5.domain.LaunchCredentialRules;
import org.alerrt.tracker.cmi5.domain.LaunchCredentialRules.Kind;
import org.alerrt.tracker.cmi5.domain.LmsActivityIds;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.lrs.api.LaunchCredentialIssuer;
import org.alerrt.tracker.lrs.api.StatementLog;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.training.api.Catalogue;

/**
 * The one access model of launch credentials (cmi5 AU session tokens, Tin Can launch auth): which launch a
 * credential stands for, what it speaks for ({@link LaunchCredentialRules.Scope}), and when it dies: its session
 * or launch ended, its course deleted, or idle for {@code tracker.launch.idle-timeout-minutes}. A key with a
 * launch prefix ({@link AuSession#CREDENTIAL_KEY_PREFIX}, {@link TinCanLaunches#KEY_PREFIX}) and no
 * usable launch behind it is refused (401), never treated as another kind of credential.
 */
@ApplicationScoped
public class LaunchAccessService {

    private static final Logger LOG = Logger.getLogger(LaunchAccessService.class.getName());
    private static final int SWEEP_BATCH = 200;

    /** A usable launch credential with what it speaks for and the look-ups its rules need. */
    public record Launch(
            LaunchCredential credential, LaunchCredentialRules.Scope scope, LaunchCredentialRules.Lookups lookups) {}

    @Inject
    LaunchCredentialRepository launches;

    @Inject
    RegistrationRepository registrations;

    @Inject
    Cmi5CourseRepository courses;

    @Inject
    TinCanLaunches tinCan;

    @Inject
    LaunchCredentialIssuer credentials;

    @Inject
    StatementLog statements;

    @Inject
    Catalogue catalogue;

    @Inject
    LaunchExpiry expiry;

    @Inject
    Cmi5LaunchSettings settings;

    /** The time idleness is measured by (a fixed clock in tests). */
    Clock clock = Clock.systemUTC();

    /** A course version's activities never change once imported: looked up once per version row. */
    private final Map<Long, Set<String>> activitiesByVersion = new ConcurrentHashMap<>();

    /** The kind of launch credential the key names by its prefix; empty for every other credential. */
    public static Optional<Kind> kindOf(String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.startsWith(AuSession.CREDENTIAL_KEY_PREFIX)) {
            return Optional.of(Kind.CMI5_SESSION);
        }
        return key.startsWith(TinCanLaunches.KEY_PREFIX) ? Optional.of(Kind.TINCAN_LAUNCH) : Optional.empty();
    }

    /**
     * At authentication, for every request with a verified LRS credential: true for other credentials (no query)
     * and for a usable launch credential, whose use is recorded at most once a minute. A launch credential whose
     * launch is gone, ended or expired is refused and revoked; an idle one also ends its launch (a cmi5 session
     * is abandoned, cmi5 §9.3.6).
     */
    @Transactional
    public boolean admit(String key) {
        Optional<Kind> kind = kindOf(key);
        if (kind.isEmpty()) {
            return true;
        }
        Optional<LaunchCredential> found = launches.find(kind.get(), key);
        if (found.isEmpty()) {
            return false;
        }
        LaunchCredential c = found.get();
        OffsetDateTime now = now();
        if (c.open() && c.idleAt(now, idleTimeout())) {
            expire(c, now);
            return false;
        }
        if (!c.usableAt(now, idleTimeout())) {
            credentials.revoke(key);
            return false;
        }
        if (c.useToRecordAt(now)) {
            launches.recordUse(c, now, now.minus(LaunchCredential.USE_RECORDING_INTERVAL));
        }
        return true;
    }

    /**
     * The launch behind the credential, for the statement and document policies; empty when it is not a launch
     * credential. 401 when the launch is gone (e.g. its course was deleted meanwhile) or no longer usable.
     */
    @Transactional
    public Optional<Launch> resolve(Caller credential) {
        Optional<Kind> kind = credential == null ? Optional.empty() : kindOf(credential.name());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String what = kind.get() == Kind.CMI5_SESSION ? "cmi5 session" : "Tin Can launch";
        LaunchCredential c = launches.find(kind.get(), credential.name())
                .orElseThrow(() -> new Refusal(
                        Refusal.Kind.UNAUTHENTICATED,
                        null,
                        "This " + what + " credential no longer has a " + what.substring(what.indexOf(' ') + 1)));
        if (!c.usableAt(now(), idleTimeout())) {
            credentials.revoke(c.credentialKey());
            throw new Refusal(
                    Refusal.Kind.UNAUTHENTICATED,
                    null,
                    "This " + what + " credential has ended (its "
                            + (kind.get() == Kind.CMI5_SESSION ? "session" : "launch")
                            + " ended, expired or was idle too long)");
        }
        Registration r = registrations
                .find(c.registration())
                .orElseThrow(() -> new Refusal(
                        Refusal.Kind.UNAUTHENTICATED,
                        null,
                        "This " + what + " credential no longer has a registration"));
        Cmi5Course course = courses.find(r.courseId())
                .orElseThrow(() -> new Refusal(
                        Refusal.Kind.UNAUTHENTICATED, null, "This " + what + " credential no longer has a course"));
        ActorIdentity learner = ActorIdentity.of(r.actorJson()).orElseThrow();
        CourseVersion version = courses.version(r.courseId(), r.version())
                .orElseThrow(() -> new Refusal(
                        Refusal.Kind.UNAUTHENTICATED,
                        null,
                        "This " + what + " credential no longer has a course version"));
        Set<String> activities = activitiesByVersion.computeIfAbsent(version.id(), id -> activities(course, version));
        Predicate<String> creditsElsewhere = LaunchCredentialRules.creditsElsewhere(
                kind.get(),
                course.tcoleNumber(),
                iri -> catalogue
                        .findByActivity(iri)
                        .map(linked -> linked.number().value()));
        Long id = credential.id();
        Predicate<String> wroteIt = statementId -> id != null && statements.storedWith(statementId, id);
        return Optional.of(new Launch(
                c,
                new LaunchCredentialRules.Scope(kind.get(), learner, r.registration(), activities),
                new LaunchCredentialRules.Lookups(creditsElsewhere, wroteIt)));
    }

    private Set<String> activities(Cmi5Course course, CourseVersion version) {
        Set<String> out = new HashSet<>();
        if (course.format() == CourseFormat.TINCAN) {
            out.addAll(tinCan.activityIds(version.id()));
            return out;
        }
        CourseStructure structure = courses.structure(version);
        LmsActivityIds ids = new LmsActivityIds(settings.publicUrl() + "/cmi5/activities/"); // as at launch
        out.add(structure.id());
        for (AssignableUnit au : structure.aus()) {
            out.add(au.id());
            out.add(ids.au(course.iri(), au.id())); // the activityId the AU is launched with (§8.1.5)
        }
        structure.blocks().stream().map(Block::id).forEach(out::add);
        return out;
    }

    /** Revokes every credential of the course's sessions and launches (called in the deletion's transaction). */
    @Transactional
    public void revokeCourse(long courseId) {
        launches.credentialsOfCourse(courseId).forEach(credentials::revoke);
    }

    /** The idle sweep: ends every open launch idle for longer than the timeout; answers how many it ended. */
    public int expireIdle() {
        OffsetDateTime now = now();
        List<LaunchCredential> idle = launches.idle(now.minus(idleTimeout()), SWEEP_BATCH);
        int ended = 0;
        for (LaunchCredential c : idle) {
            if (expire(c, now)) {
                ended++;
            }
        }
        return ended;
    }

    private boolean expire(LaunchCredential c, OffsetDateTime now) {
        try {
            return expiry.expire(c, now.minus(idleTimeout()), now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not end idle launch " + c.launchId() + "; the next sweep retries", e);
            return false;
        }
    }

    Duration idleTimeout() {
        return Duration.ofMinutes(settings.idleTimeoutMinutes());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
