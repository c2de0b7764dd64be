package org.alerrt.tracker.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alerrt.tracker.cmi5.api.AuProgress;
import org.alerrt.tracker.cmi5.api.Registration;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.AuSession;
import org.alerrt.tracker.cmi5.domain.Cmi5CourseRepository;
import org.alerrt.tracker.cmi5.domain.Cmi5Vocabulary;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.LmsActivityIds;
import org.alerrt.tracker.cmi5.domain.MoveOn;
import org.alerrt.tracker.cmi5.domain.RegistrationRepository;
import org.alerrt.tracker.cmi5.domain.SatisfactionResult;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.platform.json.JsonFields;
import org.alerrt.tracker.training.api.CourseResult;
import org.alerrt.tracker.training.api.CourseResults;

/**
 * Moving a registration on (§9.3.9): after an AU's moveOn statement, at registration and after a waiver, each
 * newly satisfied block and the course is reported once with a "satisfied" statement. The rules themselves live in
 * {@link CourseStructure} and {@link MoveOn}; this service coordinates.
 */
@ApplicationScoped
public class MoveOnService {

    @Inject
    RegistrationRepository registrations;

    @Inject
    Cmi5CourseRepository courses;

    @Inject
    CourseResults results;

    @Inject
    LmsStatements statements;

    @Inject
    Cmi5LaunchSettings settings;

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
        CourseStructure structure = courses.structureOf(r);
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
        if (Cmi5Vocabulary.FAILED.equals(JsonFields.string(statement.getJsonObject("verb"), "id"))
                && !result.courseSatisfied()
                && failureBlocks(au.get(), progress)) {
            recordFailedAttempt(r, structure, statement);
        }
    }

    /**
     * One "satisfied" statement per newly satisfied block (innermost first), then the course (§9.3.9), in the
     * caller's transaction.
     */
    void reportSatisfied(Registration r, CourseStructure structure, SatisfactionResult result, String sessionId) {
        if (result.nothingNew()) {
            return;
        }
        JsonObject actor = r.actorJson();
        LmsActivityIds ids = settings.activityIds();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
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
        statements.store(out.toArray(JsonObject[]::new));
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
        ActorIdentity actor = ActorIdentity.of(r.actorJson()).orElseThrow();
        results.record(new CourseResult(
                actor,
                CourseResult.Verb.FAILED,
                settings.activityIds().course(structure.id()),
                r.registration(),
                statement));
    }
}
