package org.alerrt.tracker.cmi5.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.AuProgress;

/**
 * Satisfaction of AUs, blocks and the course (cmi5 §13.1.4 moveOn "Usage", §9.3.9): an AU is satisfied by its
 * moveOn rule (or when waived); a block when all its children (AUs and nested blocks) are; the course when all
 * its top-level children are.
 */
final class Satisfaction {

    private Satisfaction() {}

    static SatisfactionResult evaluate(
            CourseStructure course, Map<String, AuProgress> progress, Set<String> alreadySatisfied) {
        Set<String> aus = new HashSet<>();
        List<String> newBlocks = new ArrayList<>();
        boolean courseSatisfied = allSatisfied(course.children(), progress, alreadySatisfied, aus, newBlocks);
        boolean courseNew = courseSatisfied && !alreadySatisfied.contains(course.id());
        return new SatisfactionResult(aus, newBlocks, courseSatisfied, courseNew);
    }

    /** Evaluates every child (no short cut: nested blocks must be reported even when a sibling is unsatisfied). */
    private static boolean allSatisfied(
            List<StructureNode> children,
            Map<String, AuProgress> progress,
            Set<String> already,
            Set<String> aus,
            List<String> newBlocks) {
        boolean all = true;
        for (StructureNode child : children) {
            all &= satisfied(child, progress, already, aus, newBlocks);
        }
        return all;
    }

    private static boolean satisfied(
            StructureNode node,
            Map<String, AuProgress> progress,
            Set<String> already,
            Set<String> aus,
            List<String> newBlocks) {
        if (node instanceof AssignableUnit au) {
            boolean ok = au.moveOn().isSatisfiedBy(progress.getOrDefault(au.id(), AuProgress.NONE));
            if (ok) {
                aus.add(au.id());
            }
            return ok;
        }
        Block block = (Block) node;
        boolean ok = allSatisfied(block.children(), progress, already, aus, newBlocks);
        if (ok && !already.contains(block.id())) {
            newBlocks.add(block.id()); // children were added before: innermost first
        }
        return ok;
    }
}
