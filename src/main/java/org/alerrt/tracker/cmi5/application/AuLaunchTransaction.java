package org.alerrt.tracker.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.LaunchMode;
import org.alerrt.tracker.cmi5.api.LaunchUrl;
import org.alerrt.tracker.cmi5.api.Registration;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.AuSession;
import org.alerrt.tracker.cmi5.domain.Cmi5CourseRepository;
import org.alerrt.tracker.cmi5.domain.Cmi5Vocabulary;
import org.alerrt.tracker.cmi5.domain.LmsActivityIds;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.lrs.api.DocumentConditions;
import org.alerrt.tracker.lrs.api.DocumentContext;
import org.alerrt.tracker.lrs.api.DocumentKey;
import org.alerrt.tracker.lrs.api.DocumentKind;
import org.alerrt.tracker.lrs.api.Documents;
import org.alerrt.tracker.lrs.api.XapiVersion;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.security.SecretHasher;

/**
 * One attempt at an AU launch, in one transaction: the session row with its fetch token, the launch record, the
 * learner's preferences, LMS.LaunchData and the "launched" statement commit together or not at all, so a failure
 * half-way leaves no session an AU could fetch a token for. {@link AuLaunches} runs it again when it lost a race.
 */
@ApplicationScoped
public class AuLaunchTransaction {

    @Inject
    RegistrationRepository registrations;

    @Inject
    Cmi5CourseRepository courses;

    @Inject
    Documents documents;

    @Inject
    LearnerPreferencesService preferences;

    @Inject
    SessionEnding sessions;

    @Inject
    LmsStatements statements;

    @Inject
    Cmi5LaunchSettings settings;

    /**
     * Launches an AU (§8.1). Before answering: a session of the same registration and AU still active is abandoned
     * (§9.3.6), the LMS.LaunchData document is written (§10) and the "launched" statement stored (§9.3.1).
     */
    @Transactional
    public AuLaunches.Launched launch(String registration, String auRef, String mode, String returnUrl) {
        Registration r = registrations
                .find(Registration.idOf(registration))
                .orElseThrow(() -> Refusal.notFound("no cmi5 registration " + registration));
        Cmi5Course course = courses.find(r.courseId()).orElseThrow();
        AssignableUnit au = courses.structureOf(r).au(auRef);
        LaunchMode launchMode = mode == null
                ? LaunchMode.Normal
                : LaunchMode.parse(mode)
                        .orElseThrow(() -> Refusal.invalid(
                                "launchMode", "must be Normal, Browse or Review (cmi5 §10.2.2), got '" + mode + "'"));
        if (returnUrl != null && !absoluteUrl(returnUrl)) {
            throw Refusal.invalid("returnUrl", "must be an absolute URL (cmi5 §10.2.6)");
        }
        JsonObject actor = r.actorJson();
        String auActivityId = settings.activityIds().au(course.iri(), au.id());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (AuSession old : registrations.activeSessions(r.registration(), au.id())) {
            sessions.abandonForRelaunch(r, course, old, now);
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
        statements.store(Cmi5Statements.launched(UUID.randomUUID().toString(), launch, now));
        String url = LaunchUrl.build(
                auUrl,
                settings.xapiEndpoint(),
                settings.publicUrl() + "/fetch/" + token,
                actor.toString(),
                r.registration(),
                auActivityId);
        return new AuLaunches.Launched(url, sessionId);
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
}
