package org.alerrt.tracker.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        assertEquals("\"Doe, Jr.\"", CsvCells.cell("Doe, Jr."));
        assertEquals("\"The \"\"Breacher\"\"\"", CsvCells.cell("The \"Breacher\""));
        assertEquals("\"a\nb\"", CsvCells.cell("a\nb"));
        assertEquals("plain", CsvCells.cell("plain"));
        assertEquals("", CsvCells.cell(null));
    }

    @Test
    void neutralisesFormulaInjection() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvCells.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", CsvCells.cell("+1"));
        assertEquals("'-2+3", CsvCells.cell("-2+3"));
        assertEquals("'@SUM(A1)", CsvCells.cell("@SUM(A1)"));
        assertEquals("\"'=1,2\"", CsvCells.cell("=1,2"));
        assertEquals("'\tx", CsvCells.cell("\tx"));
        assertEquals("a=b", CsvCells.cell("a=b"));
    }
}
