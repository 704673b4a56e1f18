package org.nnplayground.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Presets;

/**
 * The TensorFlow.js files, checked on the JVM by a small interpreter of their topology (Dense,
 * LeakyReLU, Add, Activation) over weights.bin: the kernels are transposed right, the layers are
 * wired right and the float32 weights give the core's outputs to float precision. The browser test
 * (ExportIT) loads the same files in TensorFlow.js itself.
 */
class TfjsModelTest {
    @Test
    void theFilesPredictWhatTheCorePredictsForRandomNetworks() {
        Rng rng = new Rng(515);
        for (int i = 0; i < 150; i++) {
            ModelSnapshot s = Snapshots.random(rng, false);
            TfjsModel.Files files = TfjsModel.write(s);
            assertEquals(4 * s.network().parameterCount(), files.weightsBin().length, "float32 for every parameter");
            double[] raw = Snapshots.rawRows(rng, s, 10);
            double[] inputs = Inputs.expand(Snapshots.featuresOf(s), raw, Snapshots.rawWidth(s));
            double[] expected = Predictions.of(s.network(), Snapshots.featuresOf(s), raw, Snapshots.rawWidth(s));
            int n = s.network().width(0);
            int outs = s.network().output().length;
            for (int r = 0; r < 10; r++) {
                double[] x = new double[n];
                System.arraycopy(inputs, r * n, x, 0, n);
                double[] y = run(files, x);
                for (int k = 0; k < outs; k++) {
                    double e = expected[r * outs + k];
                    assertEquals(e, y[k], 2e-5 * Math.max(1, Math.abs(e)), "case " + i + " row " + r + ": " + s.link());
                }
            }
        }
    }

    @Test
    void skipConnectionsBecomeAnAddOfTheLayersInput() {
        PlaygroundState state = Presets.byId("default").state().withHidden(List.of(3, 3, 3),
                List.of(Activation.LEAKY_RELU, Activation.TANH, Activation.LEAKY_RELU)).withSkip(true);
        String json = TfjsModel.write(Snapshots.trained(state, 2)).modelJson();
        assertTrue(json.contains("\"class_name\": \"Add\""), json);
        assertTrue(json.contains("\"name\": \"add_2\"") && json.contains("\"name\": \"add_3\""), json);
        assertTrue(json.contains("\"class_name\": \"LeakyReLU\"") && json.contains("\"alpha\": 0.01"), json);
        assertTrue(json.contains("\"activation\": \"tanh\""), "the head folds into the last Dense layer");
    }

    @Test
    void theSineIsRefusedWithAMessage() {
        PlaygroundState state = Presets.byId("default").state().withHidden(List.of(2), List.of(Activation.SINE));
        ModelSnapshot s = Snapshots.trained(state, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TfjsModel.write(s));
        assertEquals("TensorFlow.js has no sine activation (hidden layer 1), so this network cannot be exported for it;"
                + " choose another activation there, or export JSON or Python.", e.getMessage());
        assertNull(TfjsModel.refusal(Snapshots.preset("default", 0).network()));
        PlaygroundState gelu = Presets.byId("default").state().withHidden(List.of(2, 2), List.of(Activation.TANH, Activation.GELU));
        assertTrue(TfjsModel.refusal(Snapshots.trained(gelu, 0).network()).startsWith(
                "TensorFlow.js has no GELU in the core's tanh form that a model file can hold (hidden layer 2)"));
    }

    /** Evaluates the model.json topology over weights.bin for one input row (float32 weights, double arithmetic). */
    @SuppressWarnings("unchecked")
    static double[] run(TfjsModel.Files files, double[] input) {
        Map<String, Object> root = (Map<String, Object>) Json.parse(files.modelJson());
        Map<String, Object> config = (Map<String, Object>) ((Map<String, Object>) root.get("modelTopology")).get("config");
        List<Object> manifest = (List<Object>) ((Map<String, Object>) ((List<Object>) root.get("weightsManifest")).get(0)).get("weights");
        Map<String, double[]> weights = new HashMap<>();
        int at = 0;
        byte[] bin = files.weightsBin();
        for (Object o : manifest) {
            Map<String, Object> w = (Map<String, Object>) o;
            int size = 1;
            for (Object d : (List<Object>) w.get("shape")) {
                size *= ((Double) d).intValue();
            }
            double[] v = new double[size];
            for (int i = 0; i < size; i++, at += 4) {
                int bits = (bin[at] & 0xFF) | (bin[at + 1] & 0xFF) << 8 | (bin[at + 2] & 0xFF) << 16 | (bin[at + 3] & 0xFF) << 24;
                v[i] = Float.intBitsToFloat(bits);
            }
            weights.put((String) w.get("name"), v);
        }
        assertEquals(bin.length, at, "the manifest covers weights.bin");
        Map<String, double[]> values = new HashMap<>();
        String last = null;
        for (Object o : (List<Object>) config.get("layers")) {
            Map<String, Object> layer = (Map<String, Object>) o;
            String name = (String) layer.get("name");
            Map<String, Object> c = (Map<String, Object>) layer.get("config");
            List<Object> inbound = (List<Object>) layer.get("inbound_nodes");
            double[][] ins = new double[inbound.isEmpty() ? 0 : ((List<Object>) inbound.get(0)).size()][];
            for (int i = 0; i < ins.length; i++) {
                ins[i] = values.get((String) ((List<Object>) ((List<Object>) inbound.get(0)).get(i)).get(0));
            }
            double[] out;
            switch ((String) layer.get("class_name")) {
                case "InputLayer":
                    out = input.clone();
                    break;
                case "Dense": {
                    int units = ((Double) c.get("units")).intValue();
                    double[] k = weights.get(name + "/kernel");
                    double[] b = weights.get(name + "/bias");
                    int fanIn = ins[0].length;
                    out = new double[units];
                    for (int u = 0; u < units; u++) {
                        double sum = b[u];
                        for (int f = 0; f < fanIn; f++) {
                            sum += k[f * units + u] * ins[0][f];
                        }
                        out[u] = sum;
                    }
                    out = activate((String) c.get("activation"), out);
                    break;
                }
                case "LeakyReLU": {
                    double alpha = (Double) c.get("alpha");
                    out = ins[0].clone();
                    for (int i = 0; i < out.length; i++) {
                        out[i] = out[i] < 0 ? alpha * out[i] : out[i];
                    }
                    break;
                }
                case "Add":
                    out = ins[0].clone();
                    for (int i = 0; i < out.length; i++) {
                        out[i] += ins[1][i];
                    }
                    break;
                case "Activation":
                    out = activate((String) c.get("activation"), ins[0]);
                    break;
                default:
                    throw new AssertionError("unknown layer class " + layer.get("class_name"));
            }
            values.put(name, out);
            last = name;
        }
        String output = (String) ((List<Object>) ((List<Object>) config.get("output_layers")).get(0)).get(0);
        assertEquals(last, output, "the output is the last layer");
        return values.get(output);
    }

    private static double[] activate(String name, double[] z) {
        double[] y = new double[z.length];
        if (name.equals("softmax")) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (int i = 0; i < z.length; i++) {
                y[i] = Math.exp(z[i] - max);
                sum += y[i];
            }
            for (int i = 0; i < z.length; i++) {
                y[i] /= sum;
            }
            return y;
        }
        for (int i = 0; i < z.length; i++) {
            double v = z[i];
            double s = 1 / (1 + Math.exp(-v));
            switch (name) {
                case "linear": y[i] = v; break;
                case "relu": y[i] = Math.max(0, v); break;
                case "elu": y[i] = v > 0 ? v : Math.expm1(v); break;
                case "sigmoid": y[i] = s; break;
                case "tanh": y[i] = Math.tanh(v); break;
                case "softplus": y[i] = Math.log1p(Math.exp(-Math.abs(v))) + Math.max(v, 0); break;
                case "swish": y[i] = v * s; break;
                default: throw new AssertionError("unknown activation " + name);
            }
        }
        return y;
    }
}
