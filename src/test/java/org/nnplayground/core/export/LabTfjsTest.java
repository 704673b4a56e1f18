package org.nnplayground.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.Elman;
import org.nnplayground.core.nn.layer.Gru;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.nn.layer.StepOutput;

/**
 * The TensorFlow.js files of sequence and image networks: the layers each kind becomes, the
 * manifest's sizes against weights.bin, the GRU's update gate written negated, and the refusals
 * naming the layer. That TensorFlow.js predicts what the page predicts is LabExportIT's check.
 */
class LabTfjsTest {

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> layers(TfjsModel.Files f) {
        Map<String, Object> root = JsonFields.object(Json.parse(f.modelJson()), "");
        Map<String, Object> topology = JsonFields.object(root.get("modelTopology"), "");
        return (List<Map<String, Object>>) (List<?>) JsonFields.list(JsonFields.object(topology.get("config"), "").get("layers"), "");
    }

    private static List<String> classes(TfjsModel.Files f) {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> l : layers(f)) {
            names.add((String) l.get("class_name"));
        }
        return names;
    }

    @Test
    void eachKindBecomesItsTensorFlowJsLayerAndTheManifestFitsTheWeights() {
        Map<String, LabSnapshot> all = LabSnapshots.all();
        assertEquals(List.of("InputLayer", "LSTM", "TimeDistributed"), classes(LabTfjs.write(all.get("echo-lstm"))));
        assertEquals(List.of("InputLayer", "SimpleRNN", "TimeDistributed"), classes(LabTfjs.write(all.get("echo-elman"))));
        assertEquals(List.of("InputLayer", "GRU", "Dense"), classes(LabTfjs.write(all.get("parity-end-gru"))));
        assertEquals(List.of("InputLayer", "Reshape", "Embedding", "LSTM", "LSTM", "TimeDistributed", "Activation"),
                classes(LabTfjs.write(all.get("text-embedding"))));
        assertEquals(List.of("InputLayer", "Conv2D", "MaxPooling2D", "Conv2D", "MaxPooling2D", "Flatten", "Dense", "Activation"),
                classes(LabTfjs.write(all.get("digits"))));
        assertEquals(List.of("InputLayer", "Conv2D", "AveragePooling2D", "Conv2D", "GlobalAveragePooling2D", "Dense", "Dense",
                "Activation"), classes(LabTfjs.write(all.get("shapes-avg"))));
        assertEquals(List.of("InputLayer", "Conv1D", "Conv1D", "GlobalMaxPooling1D", "Dense"), classes(LabTfjs.write(all.get("conv1d"))));
        assertEquals(List.of("InputLayer", "Conv2D", "Flatten", "Dense", "Dense", "Add", "Activation"),
                classes(LabTfjs.write(all.get("conv2d-flatten"))));
        assertEquals(List.of("InputLayer", "Conv2D", "LeakyReLU", "MaxPooling2D", "Conv2D", "GlobalMaxPooling2D", "Dense", "Activation"),
                classes(LabTfjs.write(all.get("conv2d-maxpool"))));
        assertEquals(List.of("InputLayer", "Dense", "SimpleRNN", "TimeDistributed", "GRU", "LSTM", "TimeDistributed", "Activation"),
                classes(LabTfjs.write(all.get("onehot-embedding"))));
        for (Map.Entry<String, LabSnapshot> e : all.entrySet()) {
            TfjsModel.Files f = LabTfjs.write(e.getValue());
            assertEquals(4 * e.getValue().network().parameterCount(), f.weightsBin().length, e.getKey());
            for (Map<String, Object> l : layers(f)) {
                Map<String, Object> c = JsonFields.object(l.get("config"), "");
                if (c.containsKey("data_format") && !l.get("class_name").equals("Conv1D")) {
                    assertEquals("channels_first", c.get("data_format"), e.getKey() + " " + l.get("name"));
                }
                if (c.containsKey("recurrent_activation")) {
                    assertEquals("sigmoid", c.get("recurrent_activation"), e.getKey() + ": not TensorFlow.js's hard sigmoid");
                }
            }
        }
    }

    @Test
    void theGrusUpdateGateIsWrittenNegatedAndTheOthersAsTheyAre() {
        LabSnapshot s = LabSnapshots.all().get("parity-end-gru");
        Gru gru = (Gru) s.network().layer(1);
        int hidden = gru.hiddenSize();
        int features = gru.inputWeights().fanIn();
        float[] bin = floats(LabTfjs.write(s).weightsBin());
        // kernel (features x 3 hidden), recurrent kernel (hidden x 3 hidden), bias (3 hidden)
        int kernel = 0;
        int recurrent = features * 3 * hidden;
        int bias = recurrent + hidden * 3 * hidden;
        for (int j = 0; j < hidden; j++) {
            assertEquals((float) -gru.biases().get(j, 0), bin[bias + j], "z = 1 - u: bias " + j);
            assertEquals((float) gru.biases().get(hidden + j, 0), bin[bias + hidden + j], "reset bias " + j);
            assertEquals((float) gru.biases().get(2 * hidden + j, 0), bin[bias + 2 * hidden + j], "candidate bias " + j);
            assertEquals((float) -gru.inputWeights().get(j, 0), bin[kernel + j], "z = 1 - u: input weight " + j);
            assertEquals((float) -gru.recurrentWeights().get(j, 0), bin[recurrent + j], "z = 1 - u: recurrent weight " + j);
            assertEquals((float) gru.recurrentWeights().get(2 * hidden + j, 0), bin[recurrent + 2 * hidden + j]);
        }
    }

    @Test
    void whatTensorFlowJsCannotExpressIsRefusedNamingTheLayer() {
        LabSnapshot sine = LabSnapshots.random(Shape.of(4, 1), List.of(new Elman.Spec(3, Activation.TANH, StepOutput.LAST_STEP, 0),
                new Dense.Spec(2, Activation.SINE, false), new Dense.Spec(1, Activation.IDENTITY, false)), Activation.IDENTITY);
        assertEquals("TensorFlow.js has no sine activation (layer 2 (dense)), so this network cannot be exported for it;"
                + " choose another activation there, or export JSON or Python.", LabTfjs.refusal(sine.network()));
        assertEquals(LabTfjs.refusal(sine.network()),
                assertThrows(IllegalArgumentException.class, () -> LabTfjs.write(sine)).getMessage());
        LabSnapshot leaky = LabSnapshots.random(Shape.of(4, 1), List.of(new Elman.Spec(3, Activation.LEAKY_RELU, StepOutput.LAST_STEP, 0),
                new Dense.Spec(1, Activation.IDENTITY, false)), Activation.IDENTITY);
        assertTrue(LabTfjs.refusal(leaky.network()).startsWith("TensorFlow.js's SimpleRNN cannot apply a leaky ReLU inside its"
                + " recurrence (layer 1 (elman))"), LabTfjs.refusal(leaky.network()));
        LabSnapshot gelu = LabSnapshots.random(Shape.of(4, 1), List.of(new Elman.Spec(3, Activation.GELU, StepOutput.LAST_STEP, 0),
                new Dense.Spec(1, Activation.IDENTITY, false)), Activation.IDENTITY);
        assertTrue(LabTfjs.refusal(gelu.network()).contains("(layer 1 (elman))"), LabTfjs.refusal(gelu.network()));
        for (LabSnapshot s : LabSnapshots.all().values()) {
            assertNull(LabTfjs.refusal(s.network()));
        }
    }

    private static float[] floats(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] f = new float[bytes.length / 4];
        for (int i = 0; i < f.length; i++) {
            f[i] = b.getFloat();
        }
        return f;
    }
}
