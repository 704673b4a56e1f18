package org.nnplayground.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Presets;

/**
 * The NumPy script, run by python3: its predictions match the core's within 1e-9 for random trained
 * networks (every activation, skip connections, features, softmax). Skipped, saying why, where
 * python3 or NumPy is missing.
 */
class PythonScriptTest {
    private static final double TOLERANCE = 1e-9;
    private static String python;

    @BeforeAll
    static void findPythonWithNumpy() {
        python = null;
        for (String candidate : new String[] {"python3", "python"}) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import numpy; print(numpy.__version__)").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    python = candidate;
                    return;
                }
                System.out.println("PythonScriptTest: " + candidate + " has no NumPy: " + out);
            } catch (IOException e) {
                System.out.println("PythonScriptTest: no " + candidate + " on the PATH");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void assumePython() {
        assumeTrue(python != null, "skipped: python3 with NumPy is not installed here (needs python3 and `pip install numpy`)");
    }

    @Test
    void theScriptPredictsWhatTheCorePredicts(@TempDir Path dir) throws Exception {
        assumePython();
        Rng rng = new Rng(3141);
        List<ModelSnapshot> cases = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            cases.add(Snapshots.random(rng));
        }
        cases.add(Snapshots.preset("spiral", 20));
        PlaygroundState every = Presets.byId("default").state().withHidden(List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3),
                List.of(Activation.IDENTITY, Activation.RELU, Activation.LEAKY_RELU, Activation.ELU, Activation.SIGMOID,
                        Activation.TANH, Activation.SOFTPLUS, Activation.SILU, Activation.GELU, Activation.SINE)).withSkip(true);
        cases.add(Snapshots.trained(every, 3));
        double worst = worstDifference(cases, rng, dir);
        System.out.println("PythonScriptTest: largest difference from the core " + worst + " (allowed " + TOLERANCE + ")");
    }

    /**
     * The scripts of tables of more than two inputs (a five-input one of classes, of several classes
     * and of values, and random tables of 3 to 16 inputs) take rows of every raw input and predict
     * what the core predicts.
     */
    @Test
    void theScriptOfATableOfManyInputsPredictsWhatTheCorePredicts(@TempDir Path dir) throws Exception {
        assumePython();
        Rng rng = new Rng(1605);
        List<ModelSnapshot> cases = new ArrayList<>();
        for (int classes : new int[] {2, 3, 0}) {
            cases.add(Snapshots.onTable(Snapshots.table(5, classes, 80, 7), List.of(4, 3), 10));
        }
        for (int i = 0; i < 5; i++) {
            cases.add(Snapshots.randomTable(rng, true));
        }
        double worst = worstDifference(cases, rng, dir);
        System.out.println("PythonScriptTest (tables of 3 to 16 inputs): largest difference from the core " + worst
                + " (allowed " + TOLERANCE + ")");
    }

    /** Runs each case's script over 40 random raw rows (a CSV file with a header) and compares with the core. */
    private static double worstDifference(List<ModelSnapshot> cases, Rng rng, Path dir) throws Exception {
        double worst = 0;
        for (int c = 0; c < cases.size(); c++) {
            ModelSnapshot s = cases.get(c);
            Path script = dir.resolve("model" + c + ".py");
            Files.writeString(script, PythonScript.write(s));
            int width = Snapshots.rawWidth(s);
            double[] raw = Snapshots.rawRows(rng, s, 40);
            StringBuilder csv = new StringBuilder(String.join(",", s.rawInputNames()) + "\n");
            for (int r = 0; r < 40; r++) {
                for (int k = 0; k < width; k++) {
                    csv.append(k > 0 ? "," : "").append(Double.toString(raw[r * width + k]));
                }
                csv.append('\n');
            }
            Path rows = dir.resolve("rows" + c + ".csv");
            Files.writeString(rows, csv);
            List<String> lines = run(script, rows);
            double[] expected = Predictions.of(s.network(), Snapshots.featuresOf(s), raw, width);
            int outs = s.network().output().length;
            assertEquals(40, lines.size(), "one line per row: " + lines);
            for (int r = 0; r < 40; r++) {
                String[] cells = lines.get(r).split(",");
                assertEquals(outs, cells.length, lines.get(r));
                for (int k = 0; k < outs; k++) {
                    double e = expected[r * outs + k];
                    double a = Double.parseDouble(cells[k]);
                    double err = Math.abs(a - e) / Math.max(1, Math.abs(e));
                    worst = Math.max(worst, err);
                    assertTrue(err <= TOLERANCE, "case " + c + " row " + r + ": python " + a + ", core " + e + ", link " + s.link());
                }
            }
        }
        return worst;
    }

    /**
     * The sequence and image scripts (every layer kind: recurrent cells, embeddings, convolutions,
     * poolings, flatten, per-step dense layers and softmax per step) predict what the core predicts.
     */
    @Test
    void theLabScriptPredictsWhatTheCorePredictsForEveryLayerKind(@TempDir Path dir) throws Exception {
        assumePython();
        double worst = 0;
        int inputs = 12;
        for (java.util.Map.Entry<String, LabSnapshot> e : LabSnapshots.all().entrySet()) {
            LabSnapshot s = e.getValue();
            Path script = dir.resolve(e.getKey().replace('-', '_') + ".py");
            Files.writeString(script, LabPython.write(s));
            double[] x = LabSnapshots.inputs(s, inputs, new Rng(e.getKey().hashCode()));
            int size = s.network().architecture().inputs();
            StringBuilder csv = new StringBuilder();
            for (int r = 0; r < inputs; r++) {
                for (int k = 0; k < size; k++) {
                    csv.append(k > 0 ? "," : "").append(Double.toString(x[r * size + k]));
                }
                csv.append('\n');
            }
            Path rows = dir.resolve(e.getKey() + ".csv");
            Files.writeString(rows, csv);
            List<String> lines = run(script, rows);
            double[] expected = LabSnapshots.outputs(s, x);
            int outs = s.network().output().length;
            assertEquals(inputs, lines.size(), e.getKey() + ": one line per input: " + lines);
            for (int r = 0; r < inputs; r++) {
                String[] cells = lines.get(r).split(",");
                assertEquals(outs, cells.length, e.getKey() + ": " + lines.get(r));
                for (int k = 0; k < outs; k++) {
                    double want = expected[r * outs + k];
                    double got = Double.parseDouble(cells[k]);
                    double err = Math.abs(got - want) / Math.max(1, Math.abs(want));
                    worst = Math.max(worst, err);
                    assertTrue(err <= TOLERANCE, e.getKey() + " input " + r + " output " + k + ": python " + got + ", core " + want);
                }
            }
        }
        System.out.println("PythonScriptTest (sequences and images): largest difference from the core " + worst
                + " (allowed " + TOLERANCE + ")");
    }

    private static List<String> run(Path script, Path rows) throws Exception {
        Process p = new ProcessBuilder(python, script.toString(), rows.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python finished");
        assertEquals(0, p.exitValue(), out);
        List<String> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.trim());
            }
        }
        return lines;
    }
}
