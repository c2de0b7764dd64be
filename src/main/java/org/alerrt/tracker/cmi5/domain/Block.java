package org.alerrt.tracker.cmi5.domain;

import java.util.List;
import org.alerrt.tracker.cmi5.api.LangString;

/** A block of AUs and nested blocks (cmi5 §13.1.2); children in cmi5.xml order. */
public record Block(
        String id, LangString title, LangString description, List<String> objectiveRefs, List<StructureNode> children)
        implements StructureNode {

    public Block {
        objectiveRefs = List.copyOf(objectiveRefs);
        children = List.copyOf(children);
    }
}
