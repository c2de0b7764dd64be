package org.alerrt.tracker.lrs.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Data §2.2.s4.b6 best-effort IRI check: the loop answers exactly as the regular expression did. */
class FormatsIriTest {

    private static final List<String> SAMPLES = List.of(
            "http://adlnet.gov/expapi/verbs/completed",
            "https://example.org/a?b=c#d",
            "urn:uuid:1234",
            "mailto:a@b.org",
            "a:b",
            "x+y.z-w:rest",
            "http://例え.jp/パス",
            "",
            "a",
            "a:",
            ":abc",
            "1http://x.org",
            "http//x.org",
            "http://x .org",
            "http://x.org/\t",
            "http://x.org/<a>",
            "http://x.org/\"q\"",
            "http://x.org/{a}",
            "http://x.org/a|b",
            "http://x.org/a\\b",
            "http://x.org/a^b",
            "http://x.org/a`b",
            "ht_tp://x.org",
            "http:://x",
            "h:\u000B",
            "http://x.org/\n",
            "abc",
            "ab:c d");

    @Test
    void loopAndRegexAgree() {
        for (String s : SAMPLES) {
            assertEquals(FormatsByRegex.isIri(s), Formats.isIri(s), s);
        }
    }

    @Test
    void typicalAnswers() {
        assertTrue(Formats.isIri("http://adlnet.gov/expapi/verbs/voided"));
        assertFalse(Formats.isIri("not an iri"));
        assertFalse(Formats.isIri("abc"));
    }
}
