package org.alerrt.tracker.cmi5.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.alerrt.tracker.cmi5.api.AuProgress;
import org.alerrt.tracker.cmi5.api.LangString;
import org.alerrt.tracker.platform.errors.Refusal;

/**
 * The course structure of one imported cmi5.xml (§13.1): the course's id, title and description, its objectives
 * and its top-level blocks and AUs in file order. Holds the satisfaction rule of the course as a whole
 * ({@link #evaluate}).
 */
public record CourseStructure(
        String id, LangString title, LangString description, List<Objective> objectives, List<StructureNode> children) {

    public CourseStructure {
        objectives = List.copyOf(objectives);
        children = List.copyOf(children);
    }

    /** Every AU, depth first in document order (the order learners see them). */
    public List<AssignableUnit> aus() {
        return nodes(AssignableUnit.class);
    }

    /** The AU by its id, or by its 1-based position in the course (document order). */
    public AssignableUnit au(String ref) {
        if (ref == null || ref.isBlank()) {
            throw Refusal.invalid("au", "is required: the AU id or its 1-based position");
        }
        List<AssignableUnit> aus = aus();
        for (AssignableUnit au : aus) {
            if (au.id().equals(ref.strip())) {
                return au;
            }
        }
        if (ref.strip().matches("\\d{1,9}")) {
            int n = Integer.parseInt(ref.strip());
            if (n >= 1 && n <= aus.size()) {
                return aus.get(n - 1);
            }
        }
        throw Refusal.invalid("au", "no AU '" + ref + "' in the course (" + aus.size() + " AUs)");
    }

    /** Every block, depth first in document order. */
    public List<Block> blocks() {
        return nodes(Block.class);
    }

    /** Every block and AU in document order. */
    public List<StructureNode> nodes() {
        return nodes(StructureNode.class);
    }

    private <T extends StructureNode> List<T> nodes(Class<T> type) {
        List<T> out = new ArrayList<>();
        walk(children, node -> {
            if (type.isInstance(node)) {
                out.add(type.cast(node));
            }
        });
        return out;
    }

    private static void walk(List<StructureNode> nodes, Consumer<StructureNode> visit) {
        for (StructureNode n : nodes) {
            visit.accept(n);
            if (n instanceof Block b) {
                walk(b.children(), visit);
            }
        }
    }

    /**
     * Applies moveOn (§13.1.4) and satisfaction (§9.3.9) to what a registration has recorded.
     *
     * @param progress what each AU (by id) has received; AUs missing have received nothing
     * @param alreadySatisfied ids of blocks and the course already reported satisfied in this registration
     * @return the satisfied AUs, and the blocks and course that become satisfied now (each reported once)
     */
    public SatisfactionResult evaluate(Map<String, AuProgress> progress, Set<String> alreadySatisfied) {
        return Satisfaction.evaluate(this, progress, alreadySatisfied);
    }

    /**
     * The evaluation when a registration is created: NotApplicable AUs are satisfied at once, and so is every
     * block, or the course, made only of them.
     */
    public SatisfactionResult evaluateAtRegistration() {
        return evaluate(Map.of(), Set.of());
    }
}
