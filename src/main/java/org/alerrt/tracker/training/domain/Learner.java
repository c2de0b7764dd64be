package org.alerrt.tracker.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.alerrt.tracker.lrs.api.ActorIdentity;

/**
 * An officer who takes ALERRT training, identified in xAPI by one actor IFI and at TCOLE by a PID. A learner the
 * LRS saw before an administrator did has no PID ("PID missing"): credit is held until one is set, because TCOLE
 * rosters must carry a PID for every student.
 */
@Entity
@Table(name = "learner")
public class Learner {

    public static final int MAX_ACTOR = 600;

    @Id
    @SequenceGenerator(name = "learner_seq", sequenceName = "learner_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learner_seq")
    private Long id;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(length = 20)
    private String pid;

    @Column(length = 200)
    private String agency;

    @Column(name = "actor_ifi", nullable = false, unique = true, length = 600)
    private String actorIfi;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Learner() {}

    private Learner(ActorIdentity actor) {
        if (actor.value().length() > MAX_ACTOR) {
            throw new InvalidValueException("actor", "identifier longer than " + MAX_ACTOR + " characters");
        }
        this.actorIfi = actor.value();
        this.createdAt = Instant.now();
    }

    public static Learner register(LearnerDetails details, ActorIdentity actor) {
        Learner learner = new Learner(actor);
        learner.update(details);
        return learner;
    }

    /**
     * A learner first seen in a statement: the Agent's {@code name} split at its last space into first and last
     * name (a best guess an administrator corrects), no PID.
     */
    public static Learner seenInStatement(ActorIdentity actor, String agentName) {
        Learner learner = new Learner(actor);
        String name = agentName == null ? "" : agentName.strip();
        int space = name.lastIndexOf(' ');
        String first = space < 0 ? name : name.substring(0, space).strip();
        String last = space < 0 ? "" : name.substring(space + 1);
        learner.firstName = first.isEmpty() ? null : cut(first, LearnerDetails.MAX_NAME);
        learner.lastName = last.isEmpty() ? null : cut(last, LearnerDetails.MAX_NAME);
        return learner;
    }

    /**
     * @return true when this sets or changes what a certificate states about the officer (PID, first or last name)
     *     and the PID is known: held credit can now be released, released credit must be reissued
     */
    public boolean update(LearnerDetails details) {
        String before = pid + "|" + firstName + "|" + lastName;
        this.firstName = details.firstName();
        this.lastName = details.lastName();
        this.pid = details.pid().map(Pid::value).orElse(null);
        this.agency = details.agency();
        return pid != null && !before.equals(pid + "|" + firstName + "|" + lastName);
    }

    public void changeActor(ActorIdentity actor) {
        if (actor.value().length() > MAX_ACTOR) {
            throw new InvalidValueException("actor", "identifier longer than " + MAX_ACTOR + " characters");
        }
        this.actorIfi = actor.value();
    }

    public boolean pidMissing() {
        return pid == null;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public Optional<Pid> pid() {
        return Optional.ofNullable(pid).map(Pid::new);
    }

    public String agency() {
        return agency;
    }

    public ActorIdentity actor() {
        return new ActorIdentity(actorIfi);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
