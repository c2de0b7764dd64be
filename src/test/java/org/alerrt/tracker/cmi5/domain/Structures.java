package org.alerrt.tracker.cmi5.domain;

import java.util.List;
import java.util.Map;
import org.alerrt.tracker.cmi5.api.LangString;
import org.alerrt.tracker.cmi5.api.LaunchMethod;

/** Small course structures for rule tests. */
final class Structures {

    private Structures() {}

    static final LangString TEXT = new LangString(Map.of("en-US", "x"));

    static AssignableUnit au(String id, MoveOn moveOn) {
        return new AssignableUnit(
                id,
                TEXT,
                TEXT,
                List.of(),
                "https://example.org/" + id,
                LaunchMethod.AnyWindow,
                moveOn,
                null,
                null,
                null,
                null);
    }

    static AssignableUnit au(String id, MoveOn moveOn, String url) {
        return new AssignableUnit(
                id, TEXT, TEXT, List.of(), url, LaunchMethod.AnyWindow, moveOn, null, null, null, null);
    }

    static Block block(String id, StructureNode... children) {
        return new Block(id, TEXT, TEXT, List.of(), List.of(children));
    }

    static CourseStructure course(StructureNode... children) {
        return new CourseStructure("https://example.org/course", TEXT, TEXT, List.of(), List.of(children));
    }
}
