package org.alerrt.tracker.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.alerrt.tracker.lrs.api.ActorIdentity;
import org.alerrt.tracker.platform.errors.Refusal;
import org.alerrt.tracker.platform.security.UserAccountService;
import org.alerrt.tracker.training.domain.Learner;
import org.alerrt.tracker.training.domain.LearnerDetails;
import org.alerrt.tracker.training.domain.LearnerRepository;

/**
 * Learner records: search, create, change and import. Setting or changing a PID releases the credit the
 * learner earned while it was missing, in the same transaction.
 */
@ApplicationScoped
public class LearnerService {

    public static final int MAX_LIMIT = 500;

    /** What an import did. */
    public record ImportResult(int created, int updated, int creditsReleased) {}

    @Inject
    LearnerRepository learners;

    @Inject
    CreditRelease credit;

    @Inject
    UserAccountService accounts;

    @Inject
    TrainingSettings settings;

    /** Ordered by id; {@code query} null or blank lists all. */
    @Transactional
    public List<Learner> search(String query, long afterId, int limit) {
        return learners.search(
                query == null || query.isBlank() ? null : query.strip(),
                afterId,
                Math.max(1, Math.min(limit, MAX_LIMIT)));
    }

    @Transactional
    public Optional<Learner> get(long id) {
        return learners.find(id);
    }

    @Transactional
    public Optional<Learner> findByActor(ActorIdentity actor) {
        return learners.findByActor(actor);
    }

    /** The learner's further actors (see {@link #addActorAlias}), oldest first. */
    @Transactional
    public List<ActorIdentity> actorAliases(long learnerId) {
        return learners.aliases(learnerId);
    }

    /**
     * Lets statements about a further actor count for this learner (e.g. the account actor the cmi5 portal uses
     * for a learner known by e-mail). Idempotent; 409 when the actor belongs to another learner.
     */
    @Transactional
    public void addActorAlias(long learnerId, ActorIdentity actor) {
        Learner learner = learners.find(learnerId).orElseThrow(() -> Refusal.notFound("no learner " + learnerId));
        if (actor.value().length() > Learner.MAX_ACTOR) {
            throw Refusal.invalid("actor", "identifier longer than " + Learner.MAX_ACTOR + " characters");
        }
        Optional<Learner> owner = learners.findByActor(actor);
        if (owner.isPresent()) {
            if (!owner.get().id().equals(learner.id())) {
                throw Refusal.conflict(
                        "actor",
                        "actor " + actor + " already belongs to learner "
                                + owner.get().id());
            }
            return;
        }
        learners.addAlias(learnerId, actor);
    }

    @Transactional
    public Optional<String> username(long learnerId) {
        return accounts.learnerUsername(learnerId);
    }

    @Transactional
    public Learner create(LearnerDetails details, ActorIdentity actor, Optional<LearnerLogin> login) {
        learners.findByActor(actor).ifPresent(other -> {
            throw Refusal.conflict("actor", "actor " + actor + " already belongs to learner " + other.id());
        });
        Learner learner = Learner.register(details, actor);
        learners.add(learner);
        login.ifPresent(l -> setLogin(learner, l));
        return learner;
    }

    /** @param actor null keeps the current actor */
    @Transactional
    public Learner update(long id, LearnerDetails details, ActorIdentity actor, Optional<LearnerLogin> login) {
        Learner learner = learners.find(id).map(learners::lock).orElseThrow(() -> Refusal.notFound("no learner " + id));
        if (actor != null && !actor.equals(learner.actor())) {
            // one of the learner's own further actors may become its actor
            learners.findByActor(actor)
                    .filter(other -> !other.id().equals(learner.id()))
                    .ifPresent(other -> {
                        throw Refusal.conflict("actor", "actor " + actor + " already belongs to learner " + other.id());
                    });
            learner.changeActor(actor);
        }
        if (learner.update(details)) {
            credit.reviseReleased(learner); // first: what releaseHeld releases now is already current
            credit.releaseHeld(learner);
        }
        login.ifPresent(l -> setLogin(learner, l));
        return learner;
    }

    /** The problems {@link #importCsv} would refuse the roster for, one per bad line, so a page can list them. */
    public List<CsvProblem> checkCsv(String csv) {
        return LearnerCsv.parse(csv, settings.pidPattern()).problems();
    }

    /**
     * Imports a roster (see {@link LearnerCsv}), all or nothing: any bad line refuses the whole file with every
     * problem listed. Upserts by actor; a blank PID cell keeps the PID an existing learner already has.
     */
    @Transactional
    public ImportResult importCsv(String csv) {
        LearnerCsv.Parsed parsed = LearnerCsv.parse(csv, settings.pidPattern());
        if (!parsed.ok()) {
            CsvProblem first = parsed.problems().get(0);
            throw Refusal.invalid(
                    "line " + first.line() + ": " + first.field(),
                    parsed.problems().size() + " bad line(s), nothing imported: "
                            + parsed.problems().stream()
                                    .map(CsvProblem::toString)
                                    .collect(Collectors.joining("; ")));
        }
        int created = 0;
        int updated = 0;
        int released = 0;
        for (LearnerCsv.Row row : parsed.rows()) {
            Optional<Learner> existing = learners.findByActor(row.actor());
            if (existing.isEmpty()) {
                learners.add(Learner.register(row.details(), row.actor()));
                created++;
            } else {
                Learner learner = learners.lock(existing.get());
                LearnerDetails details = row.details().pid().isPresent()
                        ? row.details()
                        : new LearnerDetails(
                                row.details().firstName(),
                                row.details().lastName(),
                                learner.pid(),
                                row.details().agency());
                if (learner.update(details)) {
                    credit.reviseReleased(learner);
                    released += credit.releaseHeld(learner);
                }
                updated++;
            }
        }
        return new ImportResult(created, updated, released);
    }

    private void setLogin(Learner learner, LearnerLogin login) {
        try {
            accounts.setLearnerLogin(learner.id(), login.username(), login.password());
        } catch (IllegalArgumentException e) {
            throw Refusal.conflict("username", e.getMessage());
        }
    }
}
