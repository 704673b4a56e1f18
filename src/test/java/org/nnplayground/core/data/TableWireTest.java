package org.nnplayground.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.table.CsvOptions;
import org.nnplayground.core.table.CsvReader;
import org.nnplayground.core.table.TextTable;

/** A table handed over as {@link TableWire} text comes back as the same table read the same way. */
class TableWireTest {
    private static final String[] WORDS = {"", "a", "1:2", "12:", ":", "\u00e9t\u00e9", "x,y", "\"q\"", "9", "line\nbreak", "\u20ac"};

    private static String word(Rng rng) {
        return WORDS[rng.nextInt(WORDS.length)] + (rng.nextInt(3) == 0 ? WORDS[rng.nextInt(WORDS.length)] : "");
    }

    /** A table of random width with numbers in the chosen columns and any text in the others. */
    private static OwnTable randomTable(Rng rng) {
        int columns = 2 + rng.nextInt(6);
        int rows = 2 + rng.nextInt(30);
        int target = rng.nextInt(columns);
        int inputCount = 1 + rng.nextInt(columns - 1);
        int[] inputs = new int[inputCount];
        for (int i = 0, c = 0; i < inputCount; c++) {
            if (c != target) {
                inputs[i++] = c;
            }
        }
        boolean classes = inputCount >= 2 && rng.nextInt(2) == 0; // classes need two inputs
        String[] names = new String[columns];
        for (int c = 0; c < columns; c++) {
            names[c] = word(rng);
        }
        String[][] cells = new String[rows][columns];
        int[] lines = new int[rows];
        for (int r = 0; r < rows; r++) {
            lines[r] = 2 + r * (1 + rng.nextInt(2));
            for (int c = 0; c < columns; c++) {
                boolean input = false;
                for (int i : inputs) {
                    input |= i == c;
                }
                cells[r][c] = input ? String.valueOf(rng.uniform(-1e6, 1e6))
                        : c == target ? (classes ? (r % 2 == 0 ? "up" : "down") : String.valueOf(rng.nextGaussian()))
                        : word(rng);
            }
        }
        TableChoice.Target reading = classes ? TableChoice.Target.CLASSES : TableChoice.Target.VALUES;
        TableChoice choice = inputCount > 2 ? new TableChoice(inputs, target, reading, inputCount - 1, 0)
                : new TableChoice(inputs, target, reading);
        char separator = ",;\t".charAt(rng.nextInt(3));
        return OwnTable.from(TextTable.of(names, cells, lines, separator, rng.nextInt(2) == 0), choice);
    }

    private static void assertSameTable(OwnTable expected, OwnTable actual) {
        TextTable e = expected.source();
        TextTable a = actual.source();
        assertEquals(e.columnCount(), a.columnCount());
        assertEquals(e.rowCount(), a.rowCount());
        assertEquals(e.separator(), a.separator());
        assertEquals(e.hasHeader(), a.hasHeader());
        for (int c = 0; c < e.columnCount(); c++) {
            assertEquals(e.name(c), a.name(c));
        }
        for (int r = 0; r < e.rowCount(); r++) {
            assertEquals(e.line(r), a.line(r));
            for (int c = 0; c < e.columnCount(); c++) {
                assertEquals(e.cell(r, c), a.cell(r, c), "row " + r + ", column " + c);
            }
        }
        assertEquals(expected.choice(), actual.choice());
        assertEquals(expected.problem(), actual.problem());
        assertEquals(expected.inputNames(), actual.inputNames());
        assertEquals(expected.classNames(), actual.classNames());
        assertEquals(expected.notice(), actual.notice());
    }

    @Test
    void everyTableComesBackAsItWasRead() {
        Rng rng = new Rng(20261202);
        for (int i = 0; i < 300; i++) {
            OwnTable table = randomTable(rng);
            String text = TableWire.encode(table);
            OwnTable back = TableWire.decode(text);
            assertSameTable(table, back);
            assertEquals(text, TableWire.encode(back), "the text is the same again");
        }
    }

    @Test
    void aTableReadFromCsvGivesTheSameDataAfterTheWire() {
        TextTable read = CsvReader.read("a;b;kind\n1.5;2;x\n-3;4e2;y\n0;0.5;x\n", CsvOptions.DETECT);
        OwnTable table = OwnTable.from(read, new TableChoice(new int[] {1, 0}, 2, TableChoice.Target.DETECT));
        OwnTable back = TableWire.decode(TableWire.encode(table));
        assertSameTable(table, back);
        DataSpec spec = DataSpec.of(DatasetKind.CIRCLE).withTable(table);
        DataSplit a = Datasets.generate(spec);
        DataSplit b = Datasets.generate(spec.withTable(back));
        assertEquals(a.train().size(), b.train().size());
        for (int i = 0; i < a.train().size(); i++) {
            for (int k = 0; k < a.train().inputCount(); k++) {
                assertEquals(a.train().input(i, k), b.train().input(i, k));
            }
            assertEquals(a.train().label(i), b.train().label(i));
        }
    }

    @Test
    void textThatIsNotATableIsRefusedInWords() {
        OwnTable table = randomTable(new Rng(3));
        String good = TableWire.encode(table);
        for (String bad : List.of("", "x", "1:2", "9:1", good + "1:0", good.substring(0, good.length() - 1),
                "1:2" + good.substring(3))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TableWire.decode(bad), bad);
            assertEquals(true, e.getMessage().startsWith("The table handed over"), e.getMessage());
        }
    }
}
