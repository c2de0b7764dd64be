package org.alerrt.tracker.training.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.alerrt.tracker.training.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesCommasAndDoubledQuotes() {
        List<Csv.Row> rows = Csv.parse("a,b\r\n\"Doe, Jane\",\"say \"\"hi\"\"\"\r\n", false);
        assertEquals(2, rows.size());
        assertEquals(List.of("Doe, Jane", "say \"hi\""), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
    }

    @Test
    void lineNumbersCountBlankAndCommentLines() {
        List<Csv.Row> rows = Csv.parse("\uFEFF# comment\nh1,h2\n\n1,2\n3,4", true);
        assertEquals(3, rows.size());
        assertEquals(List.of("h1", "h2"), rows.get(0).fields());
        assertEquals(2, rows.get(0).line());
        assertEquals(4, rows.get(1).line());
        assertEquals(5, rows.get(2).line());
    }

    @Test
    void quotedLineBreak() {
        List<Csv.Row> rows = Csv.parse("a\n\"x\ny\"\nz", false);
        assertEquals("x\ny", rows.get(1).get(0));
        assertEquals(4, rows.get(2).line());
    }

    @Test
    void unclosedQuote() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Csv.parse("a\n\"oops", false));
        assertEquals("line 2", e.field());
    }

    @Test
    void missingTrailingFieldsReadAsEmpty() {
        assertEquals("", Csv.parse("a,b", false).get(0).get(5));
    }
}
