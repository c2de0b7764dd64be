package org.alerrt.tracker.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.alerrt.tracker.cmi5.api.AuProgress;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.Registration;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.Cmi5CourseRepository;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.platform.errors.Refusal;

/** Waiving an AU of a registration (§9.3.7), e.g. tested out or done elsewhere. */
@ApplicationScoped
public class AuWaivers {

    @Inject
    RegistrationRepository registrations;

    @Inject
    Cmi5CourseRepository courses;

    @Inject
    Registrations registrationProgress;

    @Inject
    MoveOnService moveOn;

    @Inject
    LmsStatements statements;

    @Inject
    Cmi5LaunchSettings settings;

    /**
     * Waives an AU (§9.3.7): one "waived" statement with the reason, under a session id of its own, never twice
     * for the same AU in a registration; the AU then counts as satisfied (§9.3.9) and what that satisfies is
     * reported under the same session id.
     */
    @Transactional
    public Registrations.Progress waive(String registration, String auRef, String reason) {
        Registration r = registrations
                .findForUpdate(Registration.idOf(registration))
                .orElseThrow(() -> Refusal.notFound("no cmi5 registration " + registration));
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid(
                    "reason",
                    "is required (cmi5 §9.5.5.2), e.g. Tested Out, Equivalent AU,"
                            + " Equivalent Outside Activity, Administrative");
        }
        Cmi5Course course = courses.find(r.courseId()).orElseThrow();
        CourseStructure structure = courses.structureOf(r);
        AssignableUnit au = structure.au(auRef);
        Map<String, AuProgress> progress = registrations.progress(r.registration());
        AuProgress before = progress.getOrDefault(au.id(), AuProgress.NONE);
        if (before.waived()) {
            throw new Refusal(
                    Refusal.Kind.CONFLICT, "au", "the AU is already waived in this registration", "cmi5 §9.3.7");
        }
        String sessionId = UUID.randomUUID().toString();
        statements.store(Cmi5Statements.waived(
                UUID.randomUUID().toString(),
                r.actorJson(),
                r.registration(),
                sessionId,
                au.id(),
                settings.activityIds().au(course.iri(), au.id()),
                reason.strip(),
                OffsetDateTime.now(ZoneOffset.UTC)));
        registrations.saveProgress(r.registration(), au.id(), before.withWaived());
        progress.put(au.id(), before.withWaived());
        moveOn.reportSatisfied(
                r, structure, structure.evaluate(progress, registrations.satisfied(r.registration())), sessionId);
        return registrationProgress.progress(r.registration()).orElseThrow();
    }
}
