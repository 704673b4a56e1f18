package org.nnplayground.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

/**
 * Seeded property tests of the reader: generated tables written as CSV or TSV read back cell for
 * cell; random and mutated text never throws anything but a {@link TableException} with a message.
 * Each input is bounded in size, so a test that ends shows the reader does not loop.
 */
class CsvReaderPropertyTest {
    private static final String CELL_CHARS = "abcxyz019.-+e ,;\t\"\n";

    private static String randomCell(Rng rng) {
        switch (rng.nextInt(4)) {
            case 0:
                return Double.toString(Math.round(rng.uniform(-1000, 1000) * 1000) / 1000.0);
            case 1:
                return Integer.toString(rng.nextInt(20));
            default:
                StringBuilder s = new StringBuilder();
                int n = 1 + rng.nextInt(8);
                for (int i = 0; i < n; i++) {
                    s.append(CELL_CHARS.charAt(rng.nextInt(CELL_CHARS.length())));
                }
                return s.toString().trim().isEmpty() ? "w" : s.toString().trim();
        }
    }

    /** A cell as a writer puts it: in quotes (inner quotes doubled) when it holds a separator, a quote or a line break. */
    private static String written(String cell, char sep) {
        if (cell.indexOf(sep) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf(',') >= 0
                || cell.indexOf(';') >= 0 || cell.indexOf('\t') >= 0) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    @Test
    void generatedTablesSurviveTheRoundTrip() {
        Rng rng = new Rng(1201);
        char[] separators = {',', ';', '\t'};
        for (int round = 0; round < 400; round++) {
            char sep = separators[rng.nextInt(3)];
            int columns = 1 + rng.nextInt(6);
            int rows = 1 + rng.nextInt(30);
            String[][] cells = new String[rows + 1][columns];
            StringBuilder text = new StringBuilder();
            String lineEnd = rng.nextInt(2) == 0 ? "\n" : "\r\n";
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c < columns; c++) {
                    cells[r][c] = r == 0 ? "name " + c : randomCell(rng);
                    if (c > 0) {
                        text.append(sep);
                    }
                    text.append(written(cells[r][c], sep));
                }
                text.append(lineEnd);
            }
            TextTable t = CsvReader.read(text.toString(), new CsvOptions(sep, CsvOptions.Header.YES));
            assertEquals(rows, t.rowCount(), text::toString);
            assertEquals(columns, t.columnCount());
            for (int c = 0; c < columns; c++) {
                assertEquals(cells[0][c], t.name(c));
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    assertEquals(cells[r + 1][c], t.cell(r, c), text::toString);
                }
            }
        }
    }

    private static final String CHARS = "0123456789.,;\t\"\n\r abcNaN-e\u0000\u00e9\uFEFF";

    @Test
    void randomTextNeverThrowsAnythingElse() {
        Rng rng = new Rng(5);
        int read = 0;
        for (int i = 0; i < 8_000; i++) {
            StringBuilder s = new StringBuilder();
            int n = rng.nextInt(60);
            for (int k = 0; k < n; k++) {
                s.append(CHARS.charAt(rng.nextInt(CHARS.length())));
            }
            read += tryRead(s.toString());
        }
        assertTrue(read > 100, "some random texts read: " + read);
    }

    @Test
    void mutatedTablesNeverThrowAnythingElse() {
        String base = "x1,x2,label\n1.5,-2,a\n\"3,5\",4,\"b \"\"q\"\"\"\n0.1,NaN,c\n7,8,a\n";
        Rng rng = new Rng(6);
        int read = 0;
        for (int i = 0; i < 8_000; i++) {
            StringBuilder s = new StringBuilder(base);
            int edits = 1 + rng.nextInt(5);
            for (int k = 0; k < edits && s.length() > 0; k++) {
                int at = rng.nextInt(s.length());
                char c = CHARS.charAt(rng.nextInt(CHARS.length()));
                switch (rng.nextInt(3)) {
                    case 0:
                        s.deleteCharAt(at);
                        break;
                    case 1:
                        s.insert(at, c);
                        break;
                    default:
                        s.setCharAt(at, c);
                }
            }
            read += tryRead(s.toString());
        }
        assertTrue(read > 1000, "many mutations still read: " + read);
    }

    private static int tryRead(String text) {
        try {
            TextTable t = CsvReader.read(text, CsvOptions.DETECT);
            assertTrue(t.rowCount() >= 1 && t.columnCount() >= 1);
            return 1;
        } catch (TableException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
            assertTrue(e.line() >= 0 && e.line() <= lines(text), () -> e.line() + " in " + text);
            return 0;
        } catch (RuntimeException e) {
            fail("'" + text + "' threw " + e);
            return 0;
        }
    }

    private static int lines(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            n += text.charAt(i) == '\n' || text.charAt(i) == '\r' ? 1 : 0;
        }
        return n;
    }
}
