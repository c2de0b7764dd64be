package org.alerrt.tracker.cmi5.domain;

import java.util.List;
import org.alerrt.tracker.cmi5.api.LangString;

/** A member of a course or block: a {@link Block} or an {@link AssignableUnit} (cmi5 §13.1.2, §13.1.4). */
public sealed interface StructureNode permits Block, AssignableUnit {

    /** The block's or AU's IRI, unique within the course structure. */
    String id();

    LangString title();

    LangString description();

    /** Objective ids referenced ({@code objectives/objective/@idref}). */
    List<String> objectiveRefs();
}
