package org.alerrt.tracker.training.api;

import org.alerrt.tracker.lrs.api.ActorIdentity;

/** A learner as the launchers see it: who to register, under which name, with which xAPI actor. */
public record LearnerSummary(long id, String firstName, String lastName, ActorIdentity actor) {}
