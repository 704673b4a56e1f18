package org.nnplayground.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.train.TrainingConfig;

/**
 * The model file: export then import gives the same fingerprint and the same predictions bit for
 * bit (a property over random trained networks), the page reopens it as the same setup, and broken
 * or hostile files are refused with a message that says where.
 */
class ModelJsonTest {
    /** Property: for random trained networks, read(write(n)) has n's fingerprint and predicts n's outputs bit for bit. */
    @Test
    void exportThenImportGivesTheSameNetworkBitForBit() {
        Rng rng = new Rng(20261201);
        for (int i = 0; i < 120; i++) {
            ModelSnapshot s = Snapshots.random(rng);
            String text = ModelJson.write(s);
            ImportedModel m = ModelReader.read(text);
            String where = "case " + i + ", link " + s.link();
            assertEquals(s.network().fingerprint().hex(), m.network().fingerprint().hex(), where);
            assertEquals(s.network().architecture(), m.network().architecture(), where);
            assertTrainingEquals(s.state().training(), m.training(), where);
            assertEquals(s.epoch(), m.epoch(), where);
            assertEquals(s.link(), m.link(), where);
            assertTrue(m.notices().isEmpty(), where + ": " + m.notices());
            assertReadBackExactly(s, m, text, Snapshots.rawRows(rng, s, 25), where);
        }
    }

    /**
     * The model {@code m} read from {@code text}, the file of {@code s}, predicts s's outputs for the
     * raw rows bit for bit, and written again gives the same file.
     */
    static void assertReadBackExactly(ModelSnapshot s, ImportedModel m, String text, double[] raw, String where) {
        double[] expected = Predictions.of(s.network(), Snapshots.featuresOf(s), raw, Snapshots.rawWidth(s));
        double[] actual = Predictions.of(m.network(), m.features(), raw, Snapshots.rawWidth(s));
        assertArrayEquals(expected, actual, 0.0, where);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(Double.doubleToRawLongBits(expected[k]), Double.doubleToRawLongBits(actual[k]), where);
        }
        assertEquals(text, ModelJson.write(new ModelSnapshot(s.state(), m.network(), m.epoch(), m.link(), null)),
                where + ": writing the read model again gives the same file");
    }

    @Test
    void thePageReopensTheFileAsTheSameTrainedSetup() {
        ModelSnapshot s = Snapshots.preset("xor", 30);
        List<String> notices = new ArrayList<>();
        LinkState link = ModelReader.read(ModelJson.write(s)).toLinkState(notices);
        assertEquals(s.state(), link.state());
        assertEquals(30, link.weightsEpoch());
        double[] w = s.network().parameterBuffer();
        s.network().copyParametersTo(w);
        assertArrayEquals(w, link.weights(), 0.0);
        assertTrue(notices.isEmpty(), notices.toString());
    }

    @Test
    void aRateOfSeventeenDigitsComesBackExactlyFromTheLink() {
        PlaygroundState state = Presets.byId("xor").state();
        state = state.withTraining(state.training().withLearningRate(0.005511197237747189));
        ModelSnapshot s = Snapshots.trained(state, 2);
        String text = ModelJson.write(s);
        assertTrue(text.contains("\"learningRate\": 0.00551119723774719,"), "15 digits in the file");
        LinkState link = ModelReader.read(text).toLinkState(new ArrayList<>());
        assertEquals(0.005511197237747189, link.state().training().learningRate(), 0.0);
        String edited = text.replace("\"learningRate\": 0.00551119723774719,", "\"learningRate\": 0.1,");
        assertEquals(0.1, ModelReader.read(edited).toLinkState(new ArrayList<>()).state().training().learningRate(), 0.0,
                "a rate edited in the file wins");
    }

    @Test
    void theFileFollowsTheDocumentedSchema() {
        ModelSnapshot s = Snapshots.preset("default", 5);
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) Json.parse(ModelJson.write(s));
        assertEquals(List.of("format", "version", "link", "epoch", "input", "layers", "output", "training", "fingerprint"),
                new ArrayList<>(root.keySet()));
        assertEquals("nn-playground-model", root.get("format"));
        assertEquals(1.0, root.get("version"));
        @SuppressWarnings("unchecked")
        Map<String, Object> layer = (Map<String, Object>) ((List<Object>) root.get("layers")).get(0);
        assertEquals(List.of("kind", "inputShape", "outputShape", "activation", "skip", "weights", "biases"), new ArrayList<>(layer.keySet()));
        Network n = s.network();
        @SuppressWarnings("unchecked")
        Map<String, Object> weights = (Map<String, Object>) layer.get("weights");
        @SuppressWarnings("unchecked")
        List<Object> row1 = (List<Object>) ((List<Object>) weights.get("values")).get(1);
        assertEquals(n.weightBlock(1).get(1, 0), (Double) row1.get(0), 1e-14, "values[neuron][input]");
        assertEquals(List.of((double) n.width(1), (double) n.width(0)), weights.get("shape"));
    }

    @Test
    void valuesWithoutBitsAreReadAsWritten() {
        ModelSnapshot s = Snapshots.preset("default", 5);
        String edited = ModelJson.write(s).replaceAll("\"bits\": \"[A-Za-z0-9_-]*\",?", "").replaceAll(",(\\s*)}", "$1}");
        ImportedModel m = ModelReader.read(edited);
        double[] a = s.network().parameterBuffer();
        double[] b = m.network().parameterBuffer();
        s.network().copyParametersTo(a);
        m.network().copyParametersTo(b);
        assertArrayEquals(a, b, 1e-14 * 10, "15 significant digits");
    }

    @Test
    void brokenFilesGetAClearMessage() {
        String good = ModelJson.write(Snapshots.preset("default", 5));
        refused("not JSON at all", "Not valid JSON: line 1, column 1");
        refused("{\"format\": \"something-else\"}", "not an nn-playground model file");
        refused(good.replace("\"version\": 1", "\"version\": 2"), "version 2", "newer playground");
        refused(good.replaceFirst("\"activation\": \"tanh\"", "\"activation\": \"swirl\""), "layers[0].activation", "swirl");
        refused(good.replace("\"epoch\": 5", "\"epoch\": -1"), "epoch should be a whole number");
        refused(good.replace("\"learningRate\": 0.03", "\"learningRate\": 99"), "training settings are not allowed");
        refused(good.replace("\"batchSize\": 10", "\"batchSize\": \"ten\""), "training.batchSize", "the text \"ten\"");
        refused(good.replace("\"loss\": \"mse\"", "\"loss\": \"ce\""), "output does not fit its loss");
        refused(good.replace("\"inputShape\": [2]", "\"inputShape\": [3]"), "layers[0].inputShape is [3]");
        refused(good.replaceFirst("\"shape\": \\[4, 2\\]", "\"shape\": [2, 4]"), "layers[0].weights.shape");
        refused(good.replaceFirst("\"skip\": false", "\"skip\": true"), "skip connection");
        refused(good.replaceFirst("\"kind\": \"dense\"", "\"kind\": \"conv2d\""), "layers[0].kind");
        refused(good.replaceFirst("\"fingerprint\": \"[0-9a-f]+\"", "\"fingerprint\": \"0000000000000000\""), "fingerprint");
        refused(good.replaceFirst("\"bits\": \"[A-Za-z0-9_-]+\"", "\"bits\": \"AAAA\""), "bits do not hold");
        // A value edited by hand disagrees with its exact bits.
        String edited = good.replaceFirst("(\"values\": \\[\\s*\\[)-?[0-9.e-]+", "$1123.5");
        refused(edited, "differ from its bits");
        refused(edited.replaceAll("\"bits\": \"[A-Za-z0-9_-]*\",?", "").replaceAll(",(\\s*)}", "$1}")
                .replaceFirst("123.5", "1e7"), "within ±1,000,000");
        refused(good.replace("\"features\": [\"x1\", \"x2\"]", "\"features\": [\"x2\", \"x1\"]"), "each feature once");
        refused("[]", "content should be an object");
        refused(good.substring(0, good.length() / 2), "Not valid JSON");
    }

    @Test
    void aFileWhoseLayersAreNotItsLinksNetworkIsNotOpenedInThePage() {
        ModelSnapshot s = Snapshots.preset("default", 5);
        String other = ModelJson.write(s).replaceFirst("\"link\": \"[^\"]*\"", "\"link\": \"h=3\"");
        ImportedModel m = ModelReader.read(other);
        JsonError e = assertThrows(JsonError.class, () -> m.toLinkState(new ArrayList<>()));
        assertTrue(e.getMessage().contains("not the network its link describes"), e.getMessage());
        String noLink = ModelJson.write(s).replaceFirst("\"link\": \"[^\"]*\",", "");
        JsonError e2 = assertThrows(JsonError.class, () -> ModelReader.read(noLink).toLinkState(new ArrayList<>()));
        assertTrue(e2.getMessage().contains("no link"), e2.getMessage());
    }

    @Test
    void unknownKeysAreNamedInTheNotices() {
        String good = ModelJson.write(Snapshots.preset("default", 5));
        ImportedModel m = ModelReader.read(good.replaceFirst("\\{", "{\"comment\": \"mine\","));
        assertEquals(List.of("Ignored \"comment\", which the model format does not have."), m.notices());
    }

    /** Property: randomly mutated model files are read or refused with a JsonError, never another exception. */
    @Test
    void mutatedModelFilesNeverThrowAnythingButJsonError() {
        Rng rng = new Rng(99);
        String good = ModelJson.write(Snapshots.preset("xor", 3));
        String alphabet = "{}[],:\"0123456789.-e abtrufl";
        int refusedCount = 0;
        for (int i = 0; i < 1500; i++) {
            StringBuilder text = new StringBuilder(good);
            int edits = 1 + rng.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = rng.nextInt(text.length());
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
                fail("case " + i + " threw " + e + " at\n" + text);
            }
        }
        assertTrue(refusedCount > 500, "most mutations break the file: " + refusedCount);
    }

    /** The training settings, the rates to the 15 significant digits the file writes. */
    private static void assertTrainingEquals(TrainingConfig expected, TrainingConfig actual, String where) {
        assertEquals(expected.learningRate(), actual.learningRate(), 1e-14 * expected.learningRate(), where);
        assertEquals(expected.regularizationRate(), actual.regularizationRate(), 1e-14 * expected.regularizationRate(), where);
        assertEquals(expected.withLearningRate(1).withRegularization(expected.regularization(), 0),
                actual.withLearningRate(1).withRegularization(actual.regularization(), 0), where);
    }

    private static void refused(String text, String... parts) {
        JsonError e = assertThrows(JsonError.class, () -> ModelReader.read(text));
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "\"" + part + "\" in: " + e.getMessage());
        }
    }
}
