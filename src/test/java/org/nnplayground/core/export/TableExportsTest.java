package org.nnplayground.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.DataSplit;
import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.data.OwnTable;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.math.Rng;

/**
 * The exports of a table of more than two inputs, whose network takes every input as it is: the
 * inputs are x1, x2, ... in the order of the chosen columns and the files name the columns' headers;
 * the model file reads back bit for bit and reopens onto the same table loaded; the TensorFlow.js
 * files, the formula and predict take rows of every raw input; the CSV holds every input column.
 * (PythonScriptTest runs the script of such tables; ExportIT loads their TensorFlow.js files in
 * TensorFlow.js.)
 */
class TableExportsTest {
    private static final List<String> FIVE = List.of("a", "b", "c", "wind \"speed\"", "e");

    private static ModelSnapshot fiveInputs(int classes, int epochs) {
        return Snapshots.onTable(Snapshots.table(5, classes, 80, 7), List.of(4, 3), epochs);
    }

    @Test
    void aFiveInputTableNamesItsInputsAndColumns() {
        ModelSnapshot s = fiveInputs(2, 10);
        assertEquals(5, s.network().width(0));
        assertNull(s.inputFeatures(), "the features do not apply: each column goes in as it is");
        assertEquals(List.of("x1", "x2", "x3", "x4", "x5"), s.inputNames());
        assertEquals(List.of("x1", "x2", "x3", "x4", "x5"), s.rawInputNames());
        assertEquals(FIVE, s.columns());
        @SuppressWarnings("unchecked")
        Map<String, Object> input = (Map<String, Object>) ((Map<String, Object>) Json.parse(ModelJson.write(s))).get("input");
        assertEquals(List.of("shape", "features", "raw", "columns"), new ArrayList<>(input.keySet()));
        assertEquals(List.of(5.0), input.get("shape"));
        assertEquals(List.of("x1", "x2", "x3", "x4", "x5"), input.get("features"));
        assertEquals(List.of("x1", "x2", "x3", "x4", "x5"), input.get("raw"));
        assertEquals(FIVE, input.get("columns"));
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) ((Map<String, Object>) Json.parse(TfjsModel.write(s).modelJson()))
                .get("userDefinedMetadata");
        assertEquals(List.of("x1", "x2", "x3", "x4", "x5"), meta.get("inputs"));
        assertEquals(FIVE, meta.get("columns"));
        String python = PythonScript.write(s);
        assertTrue(python.contains("RAW_INPUTS = 5\n# The headers of the table's input columns, in the order of the raw inputs.\n"
                + "COLUMNS = [\"a\", \"b\", \"c\", \"wind \\\"speed\\\"\", \"e\"]\n"), python);
        assertTrue(python.contains("    return rows[:, 0:5]\n"), "the raw inputs as they are: " + python);
    }

    /** Property: random tables of 3 to 16 inputs read back with the same fingerprint, columns and predictions, bit for bit. */
    @Test
    void tablesOfManyInputsReadBackBitForBit() {
        Rng rng = new Rng(16);
        List<ModelSnapshot> cases = new ArrayList<>();
        cases.add(fiveInputs(2, 10));
        cases.add(fiveInputs(3, 4));
        cases.add(fiveInputs(0, 6));
        for (int i = 0; i < 30; i++) {
            cases.add(Snapshots.randomTable(rng, true));
        }
        for (int i = 0; i < cases.size(); i++) {
            ModelSnapshot s = cases.get(i);
            String where = "case " + i + " (" + s.rawInputCount() + " inputs), link " + s.link();
            String text = ModelJson.write(s);
            ImportedModel m = ModelReader.read(text);
            assertEquals(s.network().fingerprint().hex(), m.network().fingerprint().hex(), where);
            assertEquals(s.network().architecture(), m.network().architecture(), where);
            assertNull(m.features(), where);
            assertEquals(s.columns(), m.columns(), where);
            assertTrue(m.needsTable(), where);
            ModelJsonTest.assertReadBackExactly(s, m, text, Snapshots.rawRows(rng, s, 12), where);
        }
    }

    /** Property: mutated files of a table are read or refused with a JsonError, never another exception. */
    @Test
    void mutatedTableFilesNeverThrowAnythingButJsonError() {
        String good = ModelJson.write(fiveInputs(3, 2));
        Rng rng = new Rng(31);
        String alphabet = "{}[],:\"0123456789.-x abc";
        int refusedCount = 0;
        for (int i = 0; i < 800; i++) {
            StringBuilder text = new StringBuilder(good);
            int from = good.indexOf("\"input\"");
            for (int e = 0; e < 1 + rng.nextInt(3); e++) {
                int at = from + rng.nextInt(220); // the input, with its features, raw inputs and columns
                if (rng.nextInt(2) == 0) {
                    text.deleteCharAt(at);
                } else {
                    text.setCharAt(at, alphabet.charAt(rng.nextInt(alphabet.length())));
                }
            }
            try {
                ModelReader.read(text.toString());
            } catch (JsonError expected) {
                refusedCount++;
            } catch (RuntimeException e) {
                throw new AssertionError("case " + i + " threw " + e + " at\n" + text, e);
            }
        }
        assertTrue(refusedCount > 300, "most mutations break the file: " + refusedCount);
        JsonError sixteen = assertThrows(JsonError.class, () -> ModelReader.read(good.replace("\"x5\"]", "\"x5\", \"x7\"]")));
        assertTrue(sixteen.getMessage().contains("input.features[5]") && sixteen.getMessage().contains("\"x6\""), sixteen.getMessage());
        JsonError columns = assertThrows(JsonError.class, () -> ModelReader.read(good.replace("\"e\"]", "\"e\", \"f\"]")));
        assertTrue(columns.getMessage().contains("input.columns"), columns.getMessage());
    }

    @Test
    void theFileOpensOntoTheSameTableLoadedAndIsRefusedWithoutIt() {
        OwnTable table = Snapshots.table(5, 2, 80, 7);
        ModelSnapshot s = Snapshots.onTable(table, List.of(4, 3), 10);
        ImportedModel m = ModelReader.read(ModelJson.write(s));
        JsonError none = assertThrows(JsonError.class, () -> m.toLinkState(new ArrayList<>()));
        assertEquals("The model file's network takes the 5 input columns of a table (a, b, c, wind \"speed\", e), and a"
                + " table stays in the page that loaded it: load that table with the same input columns, then open the file"
                + " again.", none.getMessage());
        OwnTable other = Snapshots.table(6, 2, 80, 7);
        assertThrows(JsonError.class, () -> m.toLinkState(new ArrayList<>(), other), "other columns are not the file's");

        List<String> notices = new ArrayList<>();
        LinkState link = m.toLinkState(notices, table);
        assertEquals(s.state(), link.state(), "the same setup on the table loaded");
        assertEquals(10, link.weightsEpoch());
        double[] w = s.network().parameterBuffer();
        s.network().copyParametersTo(w);
        assertArrayEquals(w, link.weights(), 0.0);
        assertEquals(List.of("The model file's data is a table, opened onto the one loaded now (a, b, c, wind \"speed\", e)."),
                notices, "and not the link's notice that it holds no table");
    }

    @Test
    void theTensorFlowJsFilesTakeEveryInput() {
        Rng rng = new Rng(55);
        List<ModelSnapshot> cases = new ArrayList<>(List.of(fiveInputs(2, 10), fiveInputs(4, 3), fiveInputs(0, 5)));
        for (int i = 0; i < 20; i++) {
            cases.add(Snapshots.randomTable(rng, false));
        }
        for (int c = 0; c < cases.size(); c++) {
            ModelSnapshot s = cases.get(c);
            TfjsModel.Files files = TfjsModel.write(s);
            int n = s.rawInputCount();
            double[] raw = Snapshots.rawRows(rng, s, 6);
            double[] expected = Predictions.of(s.network(), null, raw, n);
            int outs = s.network().output().length;
            for (int r = 0; r < 6; r++) {
                double[] y = TfjsModelTest.run(files, java.util.Arrays.copyOfRange(raw, r * n, r * n + n));
                for (int k = 0; k < outs; k++) {
                    double e = expected[r * outs + k];
                    assertEquals(e, y[k], 2e-5 * Math.max(1, Math.abs(e)), "case " + c + " row " + r + ": " + s.link());
                }
            }
        }
    }

    @Test
    void theFormulaNamesTheInputsX1ToX5AndItsLegendTheColumns() {
        ModelSnapshot s = fiveInputs(2, 10);
        String text = NetworkFormula.write(s, 15);
        String[] sections = text.split("\n\n");
        assertTrue(sections[0].contains(" x5") && !sections[0].contains("wind"), text);
        assertTrue(sections[1].endsWith("\n      x1 = 'a', x2 = 'b', x3 = 'c', x4 = 'wind \"speed\"', x5 = 'e'"
                + " (the table's input columns)\n"), text);
        double[] raw = Snapshots.rawRows(new Rng(3), s, 4);
        double[] expected = Predictions.of(s.network(), null, raw, 5);
        for (int r = 0; r < 4; r++) {
            Map<String, Double> vars = new HashMap<>();
            for (int k = 0; k < 5; k++) {
                vars.put("x" + (k + 1), raw[r * 5 + k]);
            }
            assertEquals(expected[r], NetworkFormulaTest.evaluate(sections[0], vars, 1)[0], 1e-9 * Math.max(1, Math.abs(expected[r])), text);
        }
    }

    @Test
    void theCsvHoldsEveryInputColumn() {
        ModelSnapshot s = fiveInputs(0, 0);
        DataSplit split = s.data();
        String[] lines = DataCsv.write(split).split("\r\n");
        assertEquals("x1,x2,x3,x4,x5,target,set", lines[0]);
        assertEquals(1 + split.size(), lines.length);
        for (int i = 0; i < split.size(); i++) {
            boolean isTrain = i < split.train().size();
            Dataset d = isTrain ? split.train() : split.test();
            int row = isTrain ? i : i - split.train().size();
            String[] cells = lines[1 + i].split(",");
            assertEquals(7, cells.length, lines[1 + i]);
            for (int k = 0; k < 5; k++) {
                assertEquals(d.input(row, k), Double.parseDouble(cells[k]), 0.0, lines[1 + i]);
            }
            assertEquals(d.target(row), Double.parseDouble(cells[5]), 0.0);
            assertEquals(isTrain ? "train" : "test", cells[6]);
        }
    }

    @Test
    void predictTakesRowsOfEveryRawInput() {
        ModelSnapshot s = fiveInputs(2, 3);
        double[] row = {1, -2, 0.5, 3, -1};
        double[] out = Predictions.of(s.network(), s.inputFeatures(), row, 5);
        assertEquals(s.network().forward(row, 0)[0], out[0], 0.0);
        IllegalArgumentException two = assertThrows(IllegalArgumentException.class,
                () -> Predictions.of(s.network(), s.inputFeatures(), new double[] {1, 2}, 2));
        assertEquals("Each row needs 5 values (x1, ..., x5), not 2.", two.getMessage());
    }
}
