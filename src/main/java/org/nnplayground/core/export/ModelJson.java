package org.nnplayground.core.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnplayground.core.link.Base64Url;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.ParamBlock;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.train.TrainingConfig;

/**
 * The model file: the network (its input: the features or raw inputs it takes and, for a table, the
 * headers of the columns they come from; its layers with their shapes, activations, skip connections,
 * weights and biases, the output head), the training settings, the epoch and the link, as JSON of
 * the schema README documents ("The model as JSON"); {@link ModelReader} reads it back.
 *
 * <p>Every block of parameters is written twice: as numbers for people and other tools (rows of a
 * weight matrix: one row per neuron, one entry per input; up to 15 significant digits) and as
 * {@code bits}, the exact IEEE 754 doubles in the link's base64url encoding, so that opening the
 * file gives back the very same network, bit for bit.
 */
public final class ModelJson {
    /** The value of the file's {@code format} key. */
    public static final String FORMAT = "nn-playground-model";
    /** The schema version this writes and the newest the reader knows. */
    public static final int VERSION = 1;

    private ModelJson() {
    }

    /** The model file of {@code snapshot}. */
    public static String write(ModelSnapshot snapshot) {
        return JsonWriter.write(tree(snapshot));
    }

    /** The file as a tree of maps and lists (see {@link JsonWriter}). */
    static Map<String, Object> tree(ModelSnapshot snapshot) {
        Network network = snapshot.network();
        PlaygroundState state = snapshot.state();
        Map<String, Object> root = header(network, null, snapshot.link(), snapshot.epoch());
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("shape", shape(Shape.vector(network.width(0))));
        input.put("features", snapshot.inputNames());
        input.put("raw", snapshot.rawInputNames());
        if (!snapshot.columns().isEmpty()) {
            input.put("columns", snapshot.columns());
        }
        root.put("input", input);
        List<Object> layers = new ArrayList<>();
        for (Dense d : snapshot.denseLayers()) {
            layers.add(dense(d));
        }
        root.put("layers", layers);
        root.put("output", output(network, state.training(), Shape.vector(network.output().length)));
        root.put("training", training(state.training(), false, state.init()));
        root.put("fingerprint", network.fingerprint().hex());
        return root;
    }

    /**
     * The keys every model file starts with: format, version, the problem (of a sequence or image
     * run; null for points), link and epoch.
     *
     * @throws IllegalArgumentException when the network holds a weight that is not a finite number
     */
    static Map<String, Object> header(Network network, String problem, String link, int epoch) {
        if (!network.parametersFinite()) {
            throw new IllegalArgumentException("The network holds a weight that is not a finite number; reset it or restore a good state first.");
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        if (problem != null) {
            root.put("problem", problem);
        }
        root.put("link", link);
        root.put("epoch", epoch);
        return root;
    }

    /** The output head: its activation, the loss and the shape of the output. */
    static Map<String, Object> output(Network network, TrainingConfig t, Shape shape) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("activation", network.outputActivation().id());
        output.put("loss", t.loss().id());
        output.put("shape", shape(shape));
        return output;
    }

    private static Map<String, Object> dense(Dense d) {
        Map<String, Object> layer = new LinkedHashMap<>();
        layer.put("kind", "dense");
        layer.put("inputShape", shape(d.inputShape()));
        layer.put("outputShape", shape(d.outputShape()));
        layer.put("activation", d.activation().id());
        layer.put("skip", d.residual());
        layer.put("weights", block(d.weights(), true));
        layer.put("biases", block(d.biases(), false));
        return layer;
    }

    static Map<String, Object> block(ParamBlock block, boolean matrix) {
        Map<String, Object> m = new LinkedHashMap<>();
        double[] v = block.values();
        if (matrix) {
            m.put("shape", List.of(block.fanOut(), block.fanIn()));
            List<Object> rows = new ArrayList<>();
            for (int to = 0; to < block.fanOut(); to++) {
                List<Object> row = new ArrayList<>();
                for (int from = 0; from < block.fanIn(); from++) {
                    row.add(block.get(to, from));
                }
                rows.add(row);
            }
            m.put("values", rows);
        } else {
            m.put("shape", List.of(block.size()));
            List<Object> list = new ArrayList<>();
            for (double x : v) {
                list.add(x);
            }
            m.put("values", list);
        }
        m.put("bits", Base64Url.encode(v));
        return m;
    }

    /** The training settings and the initial weights' scheme; with {@code clipNorm} the gradient clipping too. */
    static Map<String, Object> training(TrainingConfig t, boolean clipNorm, Init init) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("optimizer", t.optimizer().id());
        m.put("learningRate", t.learningRate());
        m.put("batchSize", t.batchSize());
        m.put("regularization", t.regularization().id());
        m.put("regularizationRate", t.regularizationRate());
        m.put("updateBiases", t.updateBiases());
        m.put("shuffle", t.shuffle());
        if (clipNorm) {
            m.put("clipNorm", t.clipNorm());
        }
        m.put("init", init.id());
        return m;
    }

    static List<Object> shape(Shape s) {
        List<Object> dims = new ArrayList<>();
        for (int i = 0; i < s.rank(); i++) {
            dims.add(s.dim(i));
        }
        return dims;
    }
}
