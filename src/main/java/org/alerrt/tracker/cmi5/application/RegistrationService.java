package org.alerrt.tracker.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.AuProgress;
import org.alerrt.tracker.cmi5.domain.AuSession;
import org.alerrt.tracker.cmi5.domain.Cmi5Course;
import org.alerrt.tracker.cmi5.domain.Cmi5CourseRepository;
import org.alerrt.tracker.cmi5.domain.Cmi5Vocabulary;
import org.alerrt.tracker.cmi5.domain.CourseFormat;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.CourseVersion;
import org.alerrt.tracker.cmi5.domain.LaunchMode;
import org.alerrt.tracker.cmi5.domain.LmsActivityIds;
import org.alerrt.tracker.cmi5.domain.MoveOn;
import org.alerrt.tracker.cmi5.domain.Registration;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.cmi5.domain.SatisfactionResult;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.lrs.api.DocumentConditions;
import org.alerrt.tracker.lrs.api.DocumentContext;
import org.alerrt.tracker.lrs.api.DocumentKey;
import org.alerrt.tracker.lrs.api.DocumentKind;
import org.alerrt.tracker.lrs.api.Documents;
import org.alerrt.tracker.lrs.api.LaunchCredentialIssuer;
import org.alerrt.tracker.lrs.api.StatementLog;
import org.alerrt.tracker.lrs.api.XapiLimits;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.platform.security.Caller;
import org.alerrt.tracker.platform.security.Roles;
import org.alerrt.tracker.platform.security.SecretHasher;
import org.alerrt.tracker.training.api.TcoleCourseNumber;
import org.alerrt.tracker.training.application.CatalogueService;
import org.alerrt.tracker.training.application.CompletionService;
import org.alerrt.tracker.training.application.CompletionStatement;
import org.alerrt.tracker.training.application.LearnerService;
import org.alerrt.tracker.training.domain.CompletionRule;
import org.alerrt.tracker.training.domain.Course;
import org.alerrt.tracker.training.domain.CourseDefinition;
import org.alerrt.tracker.training.domain.Learner;
import org.alerrt.tracker.training.domain.LearnerDetails;

/**
 * cmi5 registrations and AU launch sessions: register a learner (§9.6.1), launch an AU (§8.1, §10, §9.3.1),
 * hand out the auth token once (§8.2), and apply the AU's moveOn statements, reporting each newly satisfied block
 * and the course once (§9.3.9). The rules themselves live in {@link CourseStructure} and
 * {@link org.alerrt.tracker.cmi5.domain.MoveOn}; this service coordinates.
 */
@ApplicationScoped
public class RegistrationService {

    private static final Logger LOG = Logger.getLogger(RegistrationService.class.getName());
    /** The scopes of an AU session's credential: its own statements, state and profiles (xAPI Communication §4.2). */
    static final List<String> AU_SCOPES = List.of("statements/write", "statements/read/mine", "state", "profile");

    /** Every AU session credential's key starts with it, so other credentials' writes cost no session look-up. */
    public static final String SESSION_KEY_PREFIX = "cmi5-";
    /**
     * The authority of the LMS's own statements: never a credential key (HTTP Basic keys cannot hold ':') and
     * without {@link #SESSION_KEY_PREFIX}, so the launch credential rules never take the LMS for an AU session.
     */
    static final String LMS_NAME = "lms:cmi5";

    @Inject
    RegistrationRepository registrations;

    @Inject
    Cmi5CourseRepository courses;

    @Inject
    LearnerService learners;

    @Inject
    CompletionService completions;

    @Inject
    CatalogueService catalogue;

    @Inject
    StatementLog statements;

    @Inject
    Documents documents;

    @Inject
    LaunchCredentialIssuer credentials;

    @Inject
    Cmi5LaunchSettings settings;

    @Inject
    LearnerPreferencesService preferences;

    /** The answer of a launch: the URL to open and the session it starts. */
    public record Launched(String url, String sessionId) {}

    /** The answer of the fetch URL (§8.2): the token, or an error code of §8.2.3.2. */
    public record Fetched(String authToken, String errorCode, String errorText) {}

    /** A registration with its course structure and what it has recorded. */
    public record Progress(
            Registration registration,
            Cmi5Course course,
            CourseStructure structure,
            Map<String, AuProgress> aus,
            SatisfactionResult result,
            LmsActivityIds ids) {}

    public LmsActivityIds ids() {
        return new LmsActivityIds(settings.publicUrl() + "/cmi5/activities/");
    }

    /**
     * Creates a registration on the course's current version. The learner is found by actor, or created. The
     * moveOn criteria are evaluated at once (§9.6.1): blocks or a course made only of NotApplicable AUs are
     * reported satisfied now, with a session id of their own (§9.3.9).
     */
    @Transactional
    public Progress register(
            long courseId, JsonObject actor, String registrationId, String firstName, String lastName, String by) {
        Cmi5Course course =
                courses.find(courseId).orElseThrow(() -> Refusal.invalid("courseId", "no cmi5 course " + courseId));
        if (course.format() != CourseFormat.CMI5) { // Tin Can courses have no AUs: TinCanLaunchService registers
            throw Refusal.invalid("courseId", "course " + courseId + " is a " + course.format() + " course");
        }
        CourseVersion version =
                courses.version(courseId, course.latestVersion()).orElseThrow();
        ActorIdentity identity = checkActor(actor);
        String id = registrationId == null ? UUID.randomUUID().toString() : uuid(registrationId, "registration");
        Learner learner = learners.findByActor(identity)
                .orElseGet(() -> learners.create(details(actor, firstName, lastName), identity, Optional.empty()));
        Registration r = new Registration(id, courseId, version.version(), learner.id(), actor.toString(), now());
        if (!registrations.insert(r, by)) {
            throw Refusal.conflict("registration", "registration " + id + " exists already");
        }
        countCourseActivityForCatalogue(course);
        CourseStructure structure = courses.structure(version);
        reportSatisfied(
                r,
                structure,
                structure.evaluateAtRegistration(),
                UUID.randomUUID().toString());
        return progress(id).orElseThrow();
    }

    @Transactional
    public Optional<Progress> progress(String registration) {
        return registrations.find(lower(registration)).map(r -> {
            Cmi5Course course = courses.find(r.courseId()).orElseThrow();
            CourseStructure structure = structure(r);
            Map<String, AuProgress> p = registrations.progress(r.registration());
            return new Progress(r, course, structure, p, structure.evaluate(p, Set.of()), ids());
        });
    }

    /**
     * Launches an AU (§8.1). Before answering: a session of the same registration and AU still active is abandoned
     * (§9.3.6), the LMS.LaunchData document is written (§10) and the "launched" statement stored (§9.3.1).
     */
    public Launched launch(String registration, String auRef, String mode, String returnUrl) {
        Registration r = registrations
                .find(lower(registration))
                .orElseThrow(() -> Refusal.notFound("no cmi5 registration " + registration));
        Cmi5Course course = courses.find(r.courseId()).orElseThrow();
        CourseStructure structure = structure(r);
        AssignableUnit au = au(structure, auRef);
        LaunchMode launchMode = mode == null
                ? LaunchMode.Normal
                : LaunchMode.parse(mode)
                        .orElseThrow(() -> Refusal.invalid(
                                "launchMode", "must be Normal, Browse or Review (cmi5 §10.2.2), got '" + mode + "'"));
        if (returnUrl != null && !absoluteUrl(returnUrl)) {
            throw Refusal.invalid("returnUrl", "must be an absolute URL (cmi5 §10.2.6)");
        }
        JsonObject actor = json(r.actor());
        String auActivityId = ids().au(course.iri(), au.id());
        OffsetDateTime now = now();
        for (AuSession old : registrations.activeSessions(r.registration(), au.id())) {
            abandon(r, actor, course, old, now);
        }
        String sessionId = UUID.randomUUID().toString();
        String token = SecretHasher.randomToken(32);
        registrations.insertSession(
                new AuSession(
                        sessionId,
                        r.registration(),
                        au.id(),
                        launchMode,
                        AuSession.State.ACTIVE,
                        false,
                        null,
                        now,
                        now.plusSeconds(settings.fetchTokenSeconds())),
                LmsActivityIds.key(token));
        registrations.recordLaunch(sessionId, auActivityId, au.masteryScore()); // for the statement rules (§9)
        preferences.provideForLaunch(ActorIdentity.of(actor).orElseThrow()); // §11
        String auUrl =
                LaunchUrl.resolve(settings.contentUrl(), course.id(), r.version(), au.url(), au.hasAbsoluteUrl());
        Cmi5Statements.Launch launch = new Cmi5Statements.Launch(
                actor, r.registration(), sessionId, au, auActivityId, launchMode, auUrl, returnUrl);
        DocumentContext state = new DocumentContext(
                DocumentKind.STATE,
                auActivityId,
                ActorIdentity.of(actor).orElseThrow().value(),
                r.registration());
        documents.put(
                new DocumentKey(state, Cmi5Vocabulary.LAUNCH_DATA),
                Cmi5Statements.launchData(launch).toString().getBytes(StandardCharsets.UTF_8),
                "application/json",
                new DocumentConditions(null, null, XapiVersion.V1_0_3));
        store(Cmi5Statements.launched(UUID.randomUUID().toString(), launch, now));
        String url = LaunchUrl.build(
                auUrl,
                settings.xapiEndpoint(),
                settings.publicUrl() + "/fetch/" + token,
                actor.toString(),
                r.registration(),
                auActivityId);
        return new Launched(url, sessionId);
    }

    /**
     * The fetch URL (§8.2): the first call issues the session's LRS credential and answers it as a Basic
     * auth-token; any later call, or one after the session ended or the token expired, answers error 1; an unknown
     * token error 2 (§8.2.3.2).
     */
    @Transactional
    public Fetched fetch(String token) {
        Optional<AuSession> found = token == null || token.isBlank()
                ? Optional.empty()
                : registrations.sessionByToken(LmsActivityIds.key(token));
        if (found.isEmpty()) {
            return new Fetched(null, "2", "The fetch URL is not valid.");
        }
        AuSession s = found.get();
        if (s.fetched()) {
            return new Fetched(null, "1", "The authorization token has already been returned.");
        }
        if (s.state() != AuSession.State.ACTIVE || now().isAfter(s.tokenExpires())) {
            return new Fetched(null, "1", "The AU session has expired.");
        }
        LaunchCredentialIssuer.Issued issued = credentials.issue(
                "cmi5 session " + s.sessionId(), AU_SCOPES, SESSION_KEY_PREFIX + SecretHasher.randomToken(12));
        if (!registrations.markFetched(s.sessionId(), issued.key())) {
            throw new AlreadyFetched(); // another request won: roll back this credential
        }
        return new Fetched(
                Base64.getEncoder()
                        .encodeToString((issued.key() + ":" + issued.secret()).getBytes(StandardCharsets.UTF_8)),
                null,
                null);
    }

    /** The fetch lost a race for the one-time URL. */
    public static class AlreadyFetched extends RuntimeException {
        AlreadyFetched() {
            super("The authorization token has already been returned.", null, false, false);
        }
    }

    /**
     * Moves the registration on after the AU's cmi5 defined "completed", "passed" or "failed" (§9.3.3–9.3.5) of a
     * Normal session, judged and recorded by the session statement policy and just inserted: called in the same
     * transaction, so the "satisfied" statements of each newly satisfied block and of the course (§9.3.9, under the
     * session's id) follow it in stored order, before the session's "terminated". {@code progress} is the AU's
     * progress as of that statement. A fail where a pass is required is the course's failed attempt.
     */
    @Transactional
    public void moveOn(AuSession session, AuProgress progress, JsonObject statement) {
        Optional<Registration> found = registrations.findForUpdate(session.registration());
        if (found.isEmpty()) {
            return;
        }
        Registration r = found.get();
        CourseStructure structure = structure(r);
        Optional<AssignableUnit> au = structure.aus().stream()
                .filter(a -> a.id().equals(session.auId()))
                .findFirst();
        if (au.isEmpty()) {
            return;
        }
        Map<String, AuProgress> all = registrations.progress(r.registration());
        all.put(au.get().id(), progress);
        SatisfactionResult result = structure.evaluate(all, registrations.satisfied(r.registration()));
        reportSatisfied(r, structure, result, session.sessionId());
        if (Cmi5Vocabulary.FAILED.equals(string(statement.getJsonObject("verb"), "id"))
                && !result.courseSatisfied()
                && failureBlocks(au.get(), progress)) {
            recordFailedAttempt(r, structure, statement);
        }
    }

    /** A fail that leaves the AU unsatisfied where a pass was required (§13.1.4 Passed, CompletedAndPassed). */
    private static boolean failureBlocks(AssignableUnit au, AuProgress progress) {
        return (au.moveOn() == MoveOn.Passed || au.moveOn() == MoveOn.CompletedAndPassed)
                && !au.moveOn().isSatisfiedBy(progress);
    }

    /**
     * The course's failure becomes a failed attempt of the linked catalogue course (no credit), as a "failed"
     * statement on a course activity does; the course's "satisfied" later upgrades it to a pass.
     */
    private void recordFailedAttempt(Registration r, CourseStructure structure, JsonObject statement) {
        ActorIdentity actor = ActorIdentity.of(json(r.actor())).orElseThrow();
        completions.record(new CompletionStatement(
                string(statement, "id"),
                actor,
                null,
                CompletionRule.VERB_FAILED,
                ids().course(structure.id()),
                r.registration(),
                CompletionStatement.from(statement)
                        .map(CompletionStatement::timestamp)
                        .orElseGet(Instant::now),
                statement));
    }

    /**
     * Waives an AU (§9.3.7): one "waived" statement with the reason, under a session id of its own, never twice
     * for the same AU in a registration; the AU then counts as satisfied (§9.3.9) and what that satisfies is
     * reported under the same session id.
     */
    @Transactional
    public Progress waive(String registration, String auRef, String reason) {
        Registration r = registrations
                .findForUpdate(lower(registration))
                .orElseThrow(() -> Refusal.notFound("no cmi5 registration " + registration));
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid(
                    "reason",
                    "is required (cmi5 §9.5.5.2), e.g. Tested Out, Equivalent AU,"
                            + " Equivalent Outside Activity, Administrative");
        }
        Cmi5Course course = courses.find(r.courseId()).orElseThrow();
        CourseStructure structure = structure(r);
        AssignableUnit au = au(structure, auRef);
        Map<String, AuProgress> progress = registrations.progress(r.registration());
        AuProgress before = progress.getOrDefault(au.id(), AuProgress.NONE);
        if (before.waived()) {
            throw new Refusal(
                    Refusal.Kind.CONFLICT, "au", "the AU is already waived in this registration", "cmi5 §9.3.7");
        }
        String sessionId = UUID.randomUUID().toString();
        store(Cmi5Statements.waived(
                UUID.randomUUID().toString(),
                json(r.actor()),
                r.registration(),
                sessionId,
                au.id(),
                ids().au(course.iri(), au.id()),
                reason.strip(),
                now()));
        registrations.saveProgress(r.registration(), au.id(), before.withWaived());
        progress.put(au.id(), before.withWaived());
        reportSatisfied(
                r, structure, structure.evaluate(progress, registrations.satisfied(r.registration())), sessionId);
        return progress(r.registration()).orElseThrow();
    }

    /** Abandons an active session of the registration (§9.3.6); 404 when the session is not one of its. */
    @Transactional
    public void abandon(String registration, String sessionId) {
        Registration r = registrations
                .find(lower(registration))
                .orElseThrow(() -> Refusal.notFound("no cmi5 registration " + registration));
        AuSession s = registrations
                .session(sessionId == null ? "" : sessionId.strip())
                .filter(x -> x.registration().equals(r.registration()))
                .orElseThrow(() -> Refusal.notFound("no session " + sessionId + " in this registration"));
        abandon(r, s);
    }

    /** Abandons an active session by its id alone (§9.3.6): "abandoned" with the session time, its token ends. */
    @Transactional
    public void abandon(String sessionId) {
        AuSession s = registrations
                .session(sessionId == null ? "" : sessionId.strip())
                .orElseThrow(() -> Refusal.notFound("no cmi5 session " + sessionId));
        abandon(registrations.find(s.registration()).orElseThrow(), s);
    }

    /**
     * Abandons a session whose credential was idle too long (§9.3.6), called with its row locked; the conditional
     * end makes "abandoned" once. Its duration is the session time up to the AU's last request (§9.5.4.1 abandoned
     * statement: the LMS's own means, the credential's last recorded use), not up to the moment it is noticed.
     *
     * @return false when the session had already ended
     */
    @Transactional
    public boolean abandonIdle(String sessionId, OffsetDateTime lastUsed, OffsetDateTime now) {
        Optional<AuSession> found = registrations.session(sessionId);
        if (found.isEmpty()
                || found.get().state() != AuSession.State.ACTIVE
                || !registrations.endSession(sessionId, AuSession.State.ABANDONED, now)) {
            return false;
        }
        AuSession s = found.get();
        Registration r = registrations.find(s.registration()).orElseThrow();
        OffsetDateTime end = lastUsed.isBefore(s.launchedAt()) ? s.launchedAt() : lastUsed;
        if (s.credentialKey() != null) {
            credentials.revoke(s.credentialKey());
        }
        Cmi5Course course = courses.find(r.courseId()).orElseThrow();
        store(Cmi5Statements.abandoned(
                UUID.randomUUID().toString(),
                json(r.actor()),
                r.registration(),
                s.sessionId(),
                s.auId(),
                ids().au(course.iri(), s.auId()),
                Duration.between(s.launchedAt(), end),
                now));
        LOG.info(() -> "cmi5 session " + s.sessionId() + " abandoned: idle");
        return true;
    }

    /**
     * The conditional end of the session makes "abandoned" once per session without locking the registration
     * (the AU's statements lock the session row first, then the registration: no lock-order cycle).
     */
    private void abandon(Registration r, AuSession s) {
        if (s.state() != AuSession.State.ACTIVE
                || !registrations.endSession(s.sessionId(), AuSession.State.ABANDONED, now())) {
            throw new Refusal(
                    Refusal.Kind.CONFLICT,
                    "sessionId",
                    "the session is " + s.state() + "; only an active session can be abandoned, once",
                    "cmi5 §9.3 (LMS verb ordering)");
        }
        abandoned(r, json(r.actor()), courses.find(r.courseId()).orElseThrow(), s, now());
    }

    /** One "satisfied" statement per newly satisfied block (innermost first), then the course (§9.3.9). */
    private void reportSatisfied(
            Registration r, CourseStructure structure, SatisfactionResult result, String sessionId) {
        if (result.nothingNew()) {
            return;
        }
        JsonObject actor = json(r.actor());
        LmsActivityIds ids = ids();
        OffsetDateTime now = now();
        List<JsonObject> out = new ArrayList<>();
        for (String block : result.newlySatisfiedBlocks()) {
            String id = UUID.randomUUID().toString();
            out.add(Cmi5Statements.satisfied(
                    id, actor, r.registration(), sessionId, block, ids.block(structure.id(), block), false, now));
            registrations.markSatisfied(r.registration(), block, id);
        }
        if (result.courseNewlySatisfied()) {
            String id = UUID.randomUUID().toString();
            out.add(Cmi5Statements.satisfied(
                    id, actor, r.registration(), sessionId, structure.id(), ids.course(structure.id()), true, now));
            registrations.markSatisfied(r.registration(), structure.id(), id);
        }
        store(out.toArray(JsonObject[]::new));
    }

    private void abandon(Registration r, JsonObject actor, Cmi5Course course, AuSession old, OffsetDateTime now) {
        if (!registrations.endSession(old.sessionId(), AuSession.State.ABANDONED, now)) {
            return; // already ended by another request: at most one "abandoned" per session (§9.3)
        }
        abandoned(r, actor, course, old, now);
    }

    /** After the session was ended here: its token ends too (§8.2.1) and "abandoned" is stored (§9.3.6). */
    private void abandoned(Registration r, JsonObject actor, Cmi5Course course, AuSession old, OffsetDateTime now) {
        if (old.credentialKey() != null) {
            credentials.revoke(old.credentialKey()); // §8.2.1: the token lasts as long as the session
        }
        store(Cmi5Statements.abandoned(
                UUID.randomUUID().toString(),
                actor,
                r.registration(),
                old.sessionId(),
                old.auId(),
                ids().au(course.iri(), old.auId()),
                Duration.between(old.launchedAt(), now),
                now));
        LOG.info(() -> "cmi5 session " + old.sessionId() + " abandoned");
    }

    /**
     * cmi5 "satisfied" statements on the course stand for finishing it: the catalogue course linked to the cmi5
     * course lists the LMS's course activity id among its activity IRIs (added once, through the catalogue).
     */
    private void countCourseActivityForCatalogue(Cmi5Course course) {
        String iri = ids().course(course.iri());
        Optional<Course> linked = catalogue.find(TcoleCourseNumber.of(course.tcoleNumber()));
        if (linked.isEmpty() || linked.get().activityIris().contains(iri)) {
            return;
        }
        CourseDefinition d = linked.get().definition();
        List<String> iris = new ArrayList<>(d.activityIris());
        iris.add(iri);
        catalogue.save(new CourseDefinition(
                d.number(),
                d.title(),
                d.delivery(),
                d.creditHours(),
                d.countsTowardMandate(),
                d.completionRule(),
                iris));
    }

    private void store(JsonObject... statement) {
        if (statement.length > 0) {
            statements.store(List.of(statement), new Caller(LMS_NAME, Set.of(Roles.LRS), 0L), XapiVersion.V1_0_3);
        }
    }

    private CourseStructure structure(Registration r) {
        CourseVersion v = courses.version(r.courseId(), r.version()).orElseThrow();
        return courses.structure(v);
    }

    /** The AU by its id, or by its 1-based position in the course (document order). */
    static AssignableUnit au(CourseStructure structure, String ref) {
        if (ref == null || ref.isBlank()) {
            throw Refusal.invalid("au", "is required: the AU id or its 1-based position");
        }
        List<AssignableUnit> aus = structure.aus();
        for (AssignableUnit au : aus) {
            if (au.id().equals(ref.strip())) {
                return au;
            }
        }
        if (ref.strip().matches("\\d{1,9}")) {
            int n = Integer.parseInt(ref.strip());
            if (n >= 1 && n <= aus.size()) {
                return aus.get(n - 1);
            }
        }
        throw Refusal.invalid("au", "no AU '" + ref + "' in the course (" + aus.size() + " AUs)");
    }

    /** cmi5 §9.2: the actor is an Agent with an account. */
    static ActorIdentity checkActor(JsonObject actor) {
        if (actor == null) {
            throw Refusal.invalid("actor", "is required: an xAPI Agent with an account (cmi5 §9.2)");
        }
        XapiLimits.checkAgent(actor, "actor"); // 400 naming the property and the xAPI rule
        if (!(actor.get("account") instanceof JsonObject)) {
            throw Refusal.invalid("actor.account", "cmi5 §9.2: the actor MUST be an Agent with an account");
        }
        return ActorIdentity.of(actor).orElseThrow();
    }

    static LearnerDetails details(JsonObject actor, String firstName, String lastName) {
        String name = string(actor, "name");
        String first = firstName;
        String last = lastName;
        if ((first == null || last == null) && name != null && name.strip().contains(" ")) {
            String n = name.strip();
            first = first != null ? first : n.substring(0, n.lastIndexOf(' '));
            last = last != null ? last : n.substring(n.lastIndexOf(' ') + 1);
        }
        String account = string(actor.getJsonObject("account"), "name");
        return new LearnerDetails(
                first != null ? first : name != null ? name : account,
                last != null ? last : "-",
                Optional.empty(),
                null);
    }

    private static String uuid(String raw, String field) {
        try {
            String v = raw.strip().toLowerCase(Locale.ROOT);
            if (v.length() == 36 && UUID.fromString(v).toString().equals(v)) {
                return v;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw Refusal.invalid(field, "must be a UUID (cmi5 §8.1.4), got '" + raw + "'");
    }

    private static boolean absoluteUrl(String url) {
        try {
            URI u = new URI(url);
            return u.isAbsolute()
                    && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()));
        } catch (Exception e) {
            return false;
        }
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static JsonObject json(String s) {
        try (var r = CachedJson.reader(new StringReader(s))) {
            return r.readObject();
        }
    }

    static JsonObject object(JsonObject o, String key) {
        if (o == null) {
            return null;
        }
        JsonValue v = o.get(key);
        return v instanceof JsonObject j ? j : null;
    }

    static String string(JsonObject o, String key) {
        if (o == null) {
            return null;
        }
        JsonValue v = o.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }
}
