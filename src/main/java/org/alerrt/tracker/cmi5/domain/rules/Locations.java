package org.alerrt.tracker.cmi5.domain.rules;

import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.StructureNode;

/** How problems name the element at fault. */
final class Locations {

    private Locations() {}

    static String of(StructureNode node) {
        return (node instanceof AssignableUnit ? "au" : "block") + " '" + node.id() + "'";
    }
}
