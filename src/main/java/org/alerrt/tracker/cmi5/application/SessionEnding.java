package org.alerrt.tracker.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.Registration;
import org.alerrt.tracker.cmi5.domain.AuSession;
import org.alerrt.tracker.cmi5.domain.Cmi5CourseRepository;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.lrs.api.LaunchCredentialIssuer;
import org.alerrt.tracker.platform.errors.Refusal;

/**
 * Abandoning AU sessions (§9.3.6): on request, when the same AU is launched again, and when the session's
 * credential was idle too long. Each ends the session, ends its token (§8.2.1) and stores "abandoned" once.
 */
@ApplicationScoped
public class SessionEnding {

    private static final Logger LOG = Logger.getLogger(SessionEnding.class.getName());

    @Inject
    RegistrationRepository registrations;

    @Inject
    Cmi5CourseRepository courses;

    @Inject
    LaunchCredentialIssuer credentials;

    @Inject
    LmsStatements statements;

    @Inject
    Cmi5LaunchSettings settings;

    /** Abandons an active session of the registration (§9.3.6); 404 when the session is not one of its. */
    @Transactional
    public void abandon(String registration, String sessionId) {
        Registration r = registrations
                .find(Registration.idOf(registration))
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
        storeAbandoned(r, courses.find(r.courseId()).orElseThrow(), s, Duration.between(s.launchedAt(), end), now);
        LOG.info(() -> "cmi5 session " + s.sessionId() + " abandoned: idle");
        return true;
    }

    /**
     * Abandons a session still active when its AU is launched again, in the launch's transaction; nothing when
     * another request ended it already (at most one "abandoned" per session, §9.3).
     */
    void abandonForRelaunch(Registration r, Cmi5Course course, AuSession old, OffsetDateTime now) {
        if (registrations.endSession(old.sessionId(), AuSession.State.ABANDONED, now)) {
            abandoned(r, course, old, now);
        }
    }

    /**
     * The conditional end of the session makes "abandoned" once per session without locking the registration
     * (the AU's statements lock the session row first, then the registration: no lock-order cycle).
     */
    private void abandon(Registration r, AuSession s) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (s.state() != AuSession.State.ACTIVE
                || !registrations.endSession(s.sessionId(), AuSession.State.ABANDONED, now)) {
            throw new Refusal(
                    Refusal.Kind.CONFLICT,
                    "sessionId",
                    "the session is " + s.state() + "; only an active session can be abandoned, once",
                    "cmi5 §9.3 (LMS verb ordering)");
        }
        abandoned(r, courses.find(r.courseId()).orElseThrow(), s, now);
    }

    /** After the session was ended here: its token ends too (§8.2.1) and "abandoned" is stored (§9.3.6). */
    private void abandoned(Registration r, Cmi5Course course, AuSession old, OffsetDateTime now) {
        if (old.credentialKey() != null) {
            credentials.revoke(old.credentialKey()); // §8.2.1: the token lasts as long as the session
        }
        storeAbandoned(r, course, old, Duration.between(old.launchedAt(), now), now);
        LOG.info(() -> "cmi5 session " + old.sessionId() + " abandoned");
    }

    private void storeAbandoned(
            Registration r, Cmi5Course course, AuSession s, Duration sessionTime, OffsetDateTime now) {
        statements.store(Cmi5Statements.abandoned(
                UUID.randomUUID().toString(),
                r.actorJson(),
                r.registration(),
                s.sessionId(),
                s.auId(),
                settings.activityIds().au(course.iri(), s.auId()),
                sessionTime,
                now));
    }
}
