package org.nnplayground.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reading CSV and TSV: separators, headers, quotes, line ends, and the messages for what cannot be read. */
class CsvReaderTest {
    private static TextTable read(String text) {
        return CsvReader.read(text, CsvOptions.DETECT);
    }

    private static TableException error(String text) {
        return assertThrows(TableException.class, () -> read(text));
    }

    @Test
    void aCommaTableWithAHeader() {
        TextTable t = read("x1,x2,label\n1,2,a\n-3.5,.25,b\n");
        assertTrue(t.hasHeader());
        assertEquals(',', t.separator());
        assertEquals(3, t.columnCount());
        assertEquals(2, t.rowCount());
        assertEquals("label", t.name(2));
        assertEquals("-3.5", t.cell(1, 0));
        assertEquals(3, t.line(1));
    }

    @Test
    void separatorsAreDetectedAndCanBeChosen() {
        assertEquals(';', read("a;b\n1;2").separator());
        assertEquals('\t', read("a\tb\n1\t2").separator());
        assertEquals(',', read("a,b\n1,2").separator());
        assertEquals(';', read("\"a,b\";c\n1;2").separator(), "commas inside quotes do not count");
        TextTable semicolons = CsvReader.read("1,5;2\n3;4", new CsvOptions(';', CsvOptions.Header.NO));
        assertEquals("1,5", semicolons.cell(0, 0));
        assertEquals("tab", read("a\tb\n1\t2").separatorName());
    }

    @Test
    void theHeaderIsDetectedAndCanBeSet() {
        TextTable none = read("1,2,3\n4,5,6");
        assertFalse(none.hasHeader());
        assertEquals("column 1", none.name(0));
        assertEquals(2, none.rowCount());
        TextTable words = read("1,2,setosa\n4,5,virginica");
        assertFalse(words.hasHeader(), "words in the same column of every row are data, not a header");
        TextTable forced = CsvReader.read("1,2\n3,4", CsvOptions.DETECT.withHeader(CsvOptions.Header.YES));
        assertEquals("1", forced.name(0));
        assertEquals(1, forced.rowCount());
        TextTable refused = CsvReader.read("a,b\n3,4", CsvOptions.DETECT.withHeader(CsvOptions.Header.NO));
        assertEquals("a", refused.cell(0, 0));
        assertEquals("column 2", read("a,\n1,2").name(1), "an empty name gets a number");
    }

    @Test
    void quotedFieldsHoldSeparatorsQuotesAndLineBreaks() {
        TextTable t = read("name,v\n\"Smith, J.\",1\n\"say \"\"hi\"\"\",2\n\"two\nlines\",3\n  \"padded\"  ,4\n");
        assertEquals("Smith, J.", t.cell(0, 0));
        assertEquals("say \"hi\"", t.cell(1, 0));
        assertEquals("two\nlines", t.cell(2, 0));
        assertEquals(4, t.line(2));
        assertEquals(6, t.line(3), "a line break inside quotes counts as a line");
        assertEquals("padded", t.cell(3, 0));
    }

    @Test
    void lineEndsBlankLinesSpacesAndTheByteOrderMark() {
        TextTable t = read("\uFEFFa,b\r\n1 , 2\r\n\r\n   \n3,4\r5,6");
        assertEquals("a", t.name(0));
        assertEquals(3, t.rowCount());
        assertEquals("1", t.cell(0, 0));
        assertEquals("2", t.cell(0, 1));
        assertEquals(5, t.line(1));
        assertEquals(6, t.line(2));
    }

    @Test
    void badRowsAreNamedByTheirLine() {
        TableException e = error("a,b,c\n1,2,3\n4,5\n");
        assertEquals(3, e.line());
        assertEquals("line 3: 2 fields, but line 1 has 3 (separator: comma)", e.getMessage());
        assertEquals(2, error("a,b\n\"open,2\n3,4").line());
        assertEquals(2, error("a,b\n\"x\"y,2").line());
        assertEquals(2, error("a,b\nx\"y,2").line());
        assertEquals(0, error("").line());
        assertEquals(0, error("\n\n  \n").line());
        assertEquals(1, read("a,b").rowCount(), "one line alone is a row");
        TableException headerOnly = assertThrows(TableException.class,
                () -> CsvReader.read("a,b", CsvOptions.DETECT.withHeader(CsvOptions.Header.YES)));
        assertEquals("line 1: the table has a header but no rows", headerOnly.getMessage());
    }

    @Test
    void hostileTextGetsAMessageAtOnce() {
        TableException huge = assertThrows(TableException.class, () -> read("1,2\n".repeat(12_500_000)));
        assertEquals("The text is 50,000,000 characters long; a table may have at most 4,000,000.", huge.getMessage());
        TableException binary = error("a,b\n1,2\n\u0000\u0001\u0002PK\u0003\u0004");
        assertEquals(3, binary.line());
        assertTrue(binary.getMessage().contains("binary"), binary.getMessage());
        TableException wide = error("1,".repeat(9_999) + "1\n");
        assertTrue(wide.getMessage().contains("more than 100 columns"), wide.getMessage());
        TableException rows = error("a,b\n" + "1,2\n".repeat(CsvReader.MAX_ROWS + 1));
        assertEquals(CsvReader.MAX_ROWS + 2, rows.line());
        assertTrue(rows.getMessage().contains("more than 10,000 rows"), rows.getMessage());
        assertEquals(CsvReader.MAX_ROWS, read("a,b\n" + "1,2\n".repeat(CsvReader.MAX_ROWS)).rowCount());
    }

    @Test
    void cellsTellNumbersFromMissingValuesAndWords() {
        assertEquals(-1.5, Cells.number("-1.5"));
        assertEquals(0.25, Cells.number(".25"));
        assertEquals(3e-4, Cells.number("3e-4"));
        assertEquals(12.0, Cells.number("+12"));
        for (String missing : new String[] {"", "NaN", "nan", "NA", "n/a", "inf", "-Infinity", "1e999", "?"}) {
            assertTrue(Cells.isMissing(missing), missing);
            assertFalse(Cells.isNumber(missing), missing);
        }
        for (String word : new String[] {"abc", "1,5", "1.2.3", "e5", "1e", "--1", "0x10", "1 000"}) {
            assertFalse(Cells.isNumber(word), word);
            assertFalse(Cells.isMissing(word), word);
        }
    }
}
