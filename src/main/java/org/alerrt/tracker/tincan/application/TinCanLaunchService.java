package org.alerrt.tracker.tincan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.CourseFormat;
import org.alerrt.tracker.cmi5.api.CourseRegistrations;
import org.alerrt.tracker.cmi5.api.ImportedCourses;
import org.alerrt.tracker.cmi5.api.LaunchUrl;
import org.alerrt.tracker.cmi5.api.LearnerNames;
import org.alerrt.tracker.cmi5.api.Registration;
import org.alerrt.tracker.cmi5.api.TinCanLaunches;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.lrs.api.LaunchCredentialIssuer;
import org.alerrt.tracker.lrs.api.XapiLimits;
import org.alerrt.tracker.platform.config.ServerSettings;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.json.CachedJson;
import org.alerrt.tracker.tincan.api.LearnerTinCanLaunches;
import org.alerrt.tracker.tincan.api.TinCanLaunched;
import org.alerrt.tracker.tincan.domain.TinCanActivity;
import org.alerrt.tracker.tincan.domain.TinCanLaunch;
import org.alerrt.tracker.tincan.domain.TinCanRepository;
import org.alerrt.tracker.training.api.LearnerName;
import org.alerrt.tracker.training.api.LearnerSummary;
import org.alerrt.tracker.training.api.Learners;

/**
 * Registrations and launches of Tin Can courses. A registration (the cmi5 registrations table, pinned to the
 * course version current at registration) belongs to one learner, who may be identified by any xAPI IFI (mbox
 * too: Tin Can does not need an account). A launch issues an LRS credential for that launch only and hands it to
 * the content in the launch URL ({@code auth}); launching the registration again ends the previous launch and
 * revokes its credential. What the credential may do is decided by cmi5's launch credential rules, as for a cmi5 session.
 */
@ApplicationScoped
public class TinCanLaunchService implements LearnerTinCanLaunches {

    private static final Logger LOG = Logger.getLogger(TinCanLaunchService.class.getName());
    /** Own statements, reading them back, and State (xAPI Communication §4.2); no profiles, no reading others. */
    static final List<String> LAUNCH_SCOPES = List.of("statements/write", "statements/read/mine", "state");
    /** Prefix of launch credential keys: a key with it and no launch behind it is refused, never unrestricted. */
    public static final String KEY_PREFIX = TinCanLaunches.KEY_PREFIX;

    @Inject
    CourseRegistrations registrations;

    @Inject
    ImportedCourses courses;

    @Inject
    TinCanRepository tinCan;

    @Inject
    Learners learners;

    @Inject
    LaunchCredentialIssuer credentials;

    @Inject
    ServerSettings server;

    @Inject
    TinCanSettings settings;

    /** A Tin Can registration with its course and the activity a launch opens. */
    public record TinCanRegistration(Registration registration, Cmi5Course course, TinCanActivity activity) {}

    /** True when the course exists and is a Tin Can course. */
    @Transactional
    public boolean isTinCanCourse(long courseId) {
        return courses.find(courseId)
                .map(c -> c.format() == CourseFormat.TINCAN)
                .orElse(false);
    }

    /** True when the registration exists and is on a Tin Can course. */
    @Transactional
    public boolean isTinCanRegistration(String registration) {
        return registrations
                .find(Registration.idOf(registration))
                .map(r -> isTinCanCourse(r.courseId()))
                .orElse(false);
    }

    /**
     * Registers a learner on the course's current version; the learner is found by actor or created (names from
     * the request, else the actor's name, else the e-mail or account name).
     */
    @Transactional
    public TinCanRegistration register(
            long courseId, JsonObject actor, String registrationId, String firstName, String lastName, String by) {
        Cmi5Course course = tinCanCourse(courseId);
        if (actor == null) {
            throw Refusal.invalid("actor", "is required: an xAPI Agent (mbox, mbox_sha1sum, openid or " + "account)");
        }
        XapiLimits.checkAgent(actor, "actor");
        ActorIdentity identity = ActorIdentity.of(actor).orElseThrow();
        String id = registrationId == null
                ? UUID.randomUUID().toString()
                : Registration.chosenId(registrationId, "xAPI Data §2.4.6 registration");
        LearnerSummary learner = learners.findOrRegister(identity, learnerName(actor, firstName, lastName));
        Registration r = new Registration(id, courseId, course.latestVersion(), learner.id(), actor.toString(), now());
        if (!registrations.insert(r, by)) {
            throw Refusal.conflict("registration", "registration " + id + " exists already");
        }
        return find(id).orElseThrow();
    }

    @Transactional
    public Optional<TinCanRegistration> find(String registration) {
        return registrations
                .find(Registration.idOf(registration))
                .flatMap(r -> courses.find(r.courseId())
                        .filter(c -> c.format() == CourseFormat.TINCAN)
                        .map(c -> new TinCanRegistration(r, c, launchedActivity(r))));
    }

    /**
     * Launches the registration: ends its open launches (revoking their credentials), issues a credential with
     * {@link #LAUNCH_SCOPES} for this launch, and answers the content URL with the Tin Can launch parameters.
     */
    @Transactional
    public TinCanLaunched launch(String registration) {
        TinCanRegistration tr =
                find(registration).orElseThrow(() -> Refusal.notFound("no Tin Can registration " + registration));
        Registration r = tr.registration();
        registrations.findForUpdate(r.registration()); // launches of one registration take turns: one stays open
        OffsetDateTime now = now();
        for (TinCanLaunch old : tinCan.openLaunchesForUpdate(r.registration())) {
            if (tinCan.endLaunch(old.launchId(), now)) {
                credentials.revoke(old.credentialKey());
            }
        }
        String launchId = UUID.randomUUID().toString();
        LaunchCredentialIssuer.Issued issued =
                credentials.issue("Tin Can launch " + launchId, LAUNCH_SCOPES, KEY_PREFIX + UUID.randomUUID());
        OffsetDateTime expires = now.plusHours(settings.launchCredentialHours());
        tinCan.insertLaunch(new TinCanLaunch(launchId, r.registration(), issued.key(), now, expires, null));
        TinCanActivity activity = tr.activity();
        String contentUrl = LaunchUrl.resolve(
                server.contentUrl(), r.courseId(), r.version(), activity.launch(), activity.hasAbsoluteLaunch());
        String auth = "Basic "
                + Base64.getEncoder()
                        .encodeToString((issued.key() + ":" + issued.secret()).getBytes(StandardCharsets.UTF_8));
        String url = TinCanLaunchUrl.build(
                contentUrl, server.xapiEndpoint(), auth, r.actor(), r.registration(), activity.id());
        LOG.info(() -> "Tin Can launch " + launchId + " of registration " + r.registration());
        return new TinCanLaunched(url, launchId, expires);
    }

    /**
     * For the learner portal: launches the course for a learner, on the learner's newest registration of it, or a
     * new one (actor = the learner's xAPI identity) when there is none.
     */
    @Override
    @Transactional
    public TinCanLaunched launchForLearner(long learnerId, long courseId) {
        tinCanCourse(courseId);
        LearnerSummary learner =
                learners.find(learnerId).orElseThrow(() -> Refusal.notFound("no learner " + learnerId));
        String registration = tinCan.latestRegistration(courseId, learnerId)
                .orElseGet(() -> register(
                                courseId,
                                agent(learner),
                                null,
                                learner.firstName(),
                                learner.lastName(),
                                "learner " + learnerId)
                        .registration()
                        .registration());
        return launch(registration);
    }

    @Override
    @Transactional
    public void registerLearner(LearnerSummary learner, long courseId) {
        register(courseId, agent(learner), null, learner.firstName(), learner.lastName(), "learner " + learner.id());
    }

    private Cmi5Course tinCanCourse(long courseId) {
        return courses.find(courseId)
                .filter(c -> c.format() == CourseFormat.TINCAN)
                .orElseThrow(() -> Refusal.invalid("courseId", "no Tin Can course " + courseId));
    }

    private TinCanActivity launchedActivity(Registration r) {
        long versionId =
                courses.version(r.courseId(), r.version()).orElseThrow().id();
        return tinCan.structure(versionId).launched().orElseThrow();
    }

    /** An Agent JSON for a learner's IFI ({@link ActorIdentity} string form). */
    static JsonObject agent(LearnerSummary learner) {
        String ifi = learner.actor().value();
        JsonObjectBuilder a = CachedJson.objectBuilder()
                .add("objectType", "Agent")
                .add("name", learner.firstName() + " " + learner.lastName());
        int colon = ifi.indexOf(':');
        String kind = ifi.substring(0, colon);
        String value = ifi.substring(colon + 1);
        if ("account".equals(kind)) {
            int space = value.indexOf(' ');
            a.add(
                    "account",
                    CachedJson.objectBuilder()
                            .add("homePage", value.substring(0, space))
                            .add("name", value.substring(space + 1)));
        } else {
            a.add(kind, value);
        }
        return a.build();
    }

    /** Without a name, the actor's e-mail address or other IFI value, cut to the longest name training records. */
    static LearnerName learnerName(JsonObject actor, String firstName, String lastName) {
        return LearnerNames.of(actor, firstName, lastName, name -> {
            String whole = name != null
                    ? name
                    : ActorIdentity.of(actor)
                            .orElseThrow()
                            .value()
                            .replaceFirst("^mbox:mailto:", "")
                            .replaceFirst("^[a-z_0-9]+:", "");
            return whole.length() > LearnerName.MAX_NAME ? whole.substring(0, LearnerName.MAX_NAME) : whole;
        });
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
