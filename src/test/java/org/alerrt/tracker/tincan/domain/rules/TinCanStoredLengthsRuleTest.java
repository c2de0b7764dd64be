package org.alerrt.tracker.tincan.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alerrt.tracker.cmi5.api.ImportProblem;
import org.alerrt.tracker.cmi5.api.LangString;
import org.alerrt.tracker.tincan.domain.TinCanActivity;
import org.alerrt.tracker.tincan.domain.TinCanStructure;
import org.junit.jupiter.api.Test;

/** Ids, urls and names of Tin Can activities fit the columns they are kept in: at the limit fine, one more refused. */
class TinCanStoredLengthsRuleTest {

    private static final LangString T = new LangString(Map.of("en-US", "t"));
    private static final String C = "https://example.org/";

    private static String iri(int length) {
        return C + "x".repeat(length - C.length());
    }

    @Test
    void tinCanActivitiesAreBoundedToo() {
        TinCanStructure ok =
                new TinCanStructure(List.of(new TinCanActivity(iri(2000), iri(2000), T, T, "a.html", "x".repeat(100))));
        TinCanStructure tooLong = new TinCanStructure(
                List.of(new TinCanActivity(iri(2001), iri(2001), T, T, "a".repeat(4001), "x".repeat(101))));
        List<ImportProblem> none = new ArrayList<>();
        new TinCanStoredLengthsRule().check(ok, Set.of("a.html"), none);
        assertEquals(List.of(), none);
        List<ImportProblem> four = new ArrayList<>();
        new TinCanStoredLengthsRule().check(tooLong, Set.of(), four);
        assertEquals(4, four.size(), four.toString());
    }
}
