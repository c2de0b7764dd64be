package org.alerrt.tracker.cmi5.domain;

import java.util.List;
import java.util.Set;

/**
 * The outcome of one satisfaction evaluation. {@code newlySatisfiedBlocks} lists block ids that became satisfied
 * with this evaluation, innermost first (the order of their "Satisfied" statements); {@code courseNewlySatisfied}
 * is true only the first time the course is satisfied. The LMS issues one "Satisfied" statement per entry
 * (§9.3.9: not several for the same block or course within a registration).
 */
public record SatisfactionResult(
        Set<String> satisfiedAus,
        List<String> newlySatisfiedBlocks,
        boolean courseSatisfied,
        boolean courseNewlySatisfied) {

    public SatisfactionResult {
        satisfiedAus = Set.copyOf(satisfiedAus);
        newlySatisfiedBlocks = List.copyOf(newlySatisfiedBlocks);
    }

    public boolean nothingNew() {
        return newlySatisfiedBlocks.isEmpty() && !courseNewlySatisfied;
    }
}
