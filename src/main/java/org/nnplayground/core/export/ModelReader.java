package org.nnplayground.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nnplayground.core.data.Feature;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.data.TableChoice;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.link.Base64Url;
import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Architecture;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.OutputHead;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.LayerSpec;
import org.nnplayground.core.nn.layer.ParamBlock;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.Regularization;
import org.nnplayground.core.train.TrainingConfig;

/**
 * Reads a model file written by {@link ModelJson} (or by hand, to its schema) back into a network.
 * The network is rebuilt from the file's own layers; the parameters come from each block's
 * {@code bits} when present (exact), else from its {@code values}. Anything that does not fit (broken
 * JSON, a missing or mistyped key, shapes that do not chain, an unknown activation, a weight beyond
 * the playground's limit, values that disagree with their bits, a fingerprint that does not match)
 * is refused with a {@link JsonError} that says where and what; nothing half-read is returned.
 */
public final class ModelReader {
    private static final Set<String> ROOT_KEYS = Set.of("format", "version", "link", "epoch", "input", "layers",
            "output", "training", "fingerprint");
    private static final Set<String> LAYER_KEYS = Set.of("kind", "inputShape", "outputShape", "activation", "skip",
            "weights", "biases");
    /** Values may be rounded (15 digits); beyond this relative difference from the bits they were edited. */
    private static final double VALUES_MATCH_BITS = 1e-12;

    private ModelReader() {
    }

    /**
     * The model in {@code text}.
     *
     * @throws JsonError when it is not a model file this playground can open, saying why
     */
    public static ImportedModel read(String text) {
        Map<String, Object> root = JsonFields.object(Json.parse(text), "content");
        List<String> notices = new ArrayList<>();
        Object format = root.get("format");
        if (!ModelJson.FORMAT.equals(format)) {
            throw new JsonError("This is not an nn-playground model file: its \"format\" should be \""
                    + ModelJson.FORMAT + "\", but is " + JsonFields.describe(format) + ".");
        }
        int version = JsonFields.integer(root, "version", "", 1, Integer.MAX_VALUE);
        if (version > ModelJson.VERSION) {
            throw new JsonError("The model file is of version " + version + "; this playground reads version "
                    + ModelJson.VERSION + ". Open it with a newer playground.");
        }
        if (root.containsKey("problem")) {
            Object problem = root.get("problem");
            String named = problem instanceof String && ((String) problem).length() <= 40 ? " (" + problem + ")" : "";
            throw new JsonError("This model file is of a sequence or image network" + named
                    + "; open it in that playground, with Export, Open model.");
        }
        JsonFields.noteUnknown(root, ROOT_KEYS, "", notices);
        String link = root.containsKey("link") ? JsonFields.string(root, "link", "") : "";
        int epoch = JsonFields.integer(root, "epoch", "", 0, Integer.MAX_VALUE);

        Map<String, Object> input = JsonFields.object(root.get("input"), "input");
        int plain = plainInputs(input);
        FeatureSet features = plain > 0 ? null : features(input);
        int inputs = features == null ? plain : features.count();
        checkShape(input.get("shape"), "input.shape", inputs);
        List<String> columns = columns(input, features == null ? plain : 2);

        Map<String, Object> output = JsonFields.object(root.get("output"), "output");
        Activation outputActivation = activation(JsonFields.string(output, "activation", "output"), "output.activation");
        Loss loss = Loss.byId(JsonFields.string(output, "loss", "output"));
        if (loss == null) {
            throw JsonFields.wrong("output.loss", "one of mse, bce, ce", output.get("loss"));
        }
        try {
            new OutputHead(outputActivation, loss).check();
        } catch (IllegalArgumentException e) {
            throw new JsonError("The model file's output does not fit its loss: " + e.getMessage() + ".");
        }
        Map<String, Object> trainingMap = JsonFields.object(root.get("training"), "training");
        TrainingConfig training = training(trainingMap, loss);
        Init init = Init.byId(JsonFields.string(trainingMap, "init", "training"));
        if (init == null) {
            throw JsonFields.wrong("training.init", "one of uniform, glorot, he", trainingMap.get("init"));
        }

        List<Object> layerList = JsonFields.list(root.get("layers"), "layers");
        if (layerList.isEmpty() || layerList.size() > Limits.MAX_HIDDEN_LAYERS + 1) {
            throw JsonFields.wrong("layers", "a list of 1 to " + (Limits.MAX_HIDDEN_LAYERS + 1) + " layers", layerList);
        }
        List<LayerSpec> specs = new ArrayList<>();
        int width = inputs;
        for (int i = 0; i < layerList.size(); i++) {
            String path = "layers[" + i + "]";
            Map<String, Object> layer = JsonFields.object(layerList.get(i), path);
            JsonFields.noteUnknown(layer, LAYER_KEYS, path, notices);
            String kind = JsonFields.string(layer, "kind", path);
            if (!kind.equals("dense")) {
                throw JsonFields.wrong(path + ".kind", "\"dense\", the layer kind this playground has", layer.get("kind"));
            }
            checkShape(layer.get("inputShape"), path + ".inputShape", width);
            int units = shapeSize(layer.get("outputShape"), path + ".outputShape");
            Activation a = activation(JsonFields.string(layer, "activation", path), path + ".activation");
            if (a == Activation.SOFTMAX) {
                throw new JsonError("The model file's " + path + ".activation is softmax, which only the output may have.");
            }
            boolean skip = JsonFields.bool(layer, "skip", path);
            if (skip && units != width) {
                throw new JsonError("The model file's " + path + " has a skip connection but " + units
                        + " outputs for " + width + " inputs; a skip connection needs as many of each.");
            }
            specs.add(new Dense.Spec(units, a, skip));
            width = units;
        }
        checkShape(output.get("shape"), "output.shape", width);
        Network network;
        try {
            network = new Architecture(Shape.vector(inputs), specs, outputActivation, init).build(new Rng(0));
        } catch (IllegalArgumentException e) {
            throw new JsonError("The model file's layers cannot be built: " + e.getMessage() + ".");
        }
        boolean allBits = true;
        for (int i = 0; i < layerList.size(); i++) {
            String path = "layers[" + i + "]";
            Map<String, Object> layer = JsonFields.object(layerList.get(i), path);
            Dense d = (Dense) network.layer(i + 1);
            allBits &= readBlock(layer.get("weights"), path + ".weights", d.weights(), true);
            allBits &= readBlock(layer.get("biases"), path + ".biases", d.biases(), false);
        }
        if (allBits && root.containsKey("fingerprint")) {
            String fingerprint = JsonFields.string(root, "fingerprint", "");
            if (!fingerprint.equals(network.fingerprint().hex())) {
                throw new JsonError("The model file's weights do not match its fingerprint: the file was damaged or changed.");
            }
        }
        return new ImportedModel(network, features, columns, training, epoch, link, notices);
    }

    /**
     * How many raw inputs the network takes as they are: 1 for ["x"], n for x1, x2, ..., xn of a
     * table of more than two inputs (n from 3 to {@value TableChoice#MAX_INPUTS}); 0 when the inputs
     * are features of x1 and x2.
     */
    private static int plainInputs(Map<String, Object> input) {
        List<Object> names = JsonFields.list(input.get("features"), "input.features");
        if (names.size() == 1 && "x".equals(names.get(0))) {
            return 1;
        }
        if (names.size() < 3 || !"x3".equals(names.get(2))) {
            return 0;
        }
        if (names.size() > TableChoice.MAX_INPUTS) {
            throw JsonFields.wrong("input.features", "at most " + TableChoice.MAX_INPUTS + " inputs", names);
        }
        for (int i = 0; i < names.size(); i++) {
            if (!("x" + (i + 1)).equals(names.get(i))) {
                throw JsonFields.wrong("input.features[" + i + "]", "\"x" + (i + 1) + "\" (a table's inputs are x1, x2, x3, ... in order)",
                        names.get(i));
            }
        }
        return names.size();
    }

    /** The headers of a table's input columns, when the file names them (one per raw input); else empty. */
    private static List<String> columns(Map<String, Object> input, int raw) {
        if (!input.containsKey("columns")) {
            return List.of();
        }
        List<Object> list = JsonFields.list(input.get("columns"), "input.columns");
        if (list.size() != raw) {
            throw JsonFields.wrong("input.columns", raw + " column " + (raw == 1 ? "header" : "headers") + ", one per raw input", list);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String)) {
                throw JsonFields.wrong("input.columns[" + i + "]", "a column header (text)", list.get(i));
            }
            names.add((String) list.get(i));
        }
        return names;
    }

    private static FeatureSet features(Map<String, Object> input) {
        List<Object> names = JsonFields.list(input.get("features"), "input.features");
        if (names.isEmpty()) {
            throw JsonFields.wrong("input.features", "a list of input features (x, some of x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2, or a table's x1, x2, x3, ...)", names);
        }
        int mask = 0;
        int last = -1;
        for (int i = 0; i < names.size(); i++) {
            Object n = names.get(i);
            Feature f = n instanceof String ? Feature.byId((String) n) : null;
            if (f == null) {
                throw JsonFields.wrong("input.features[" + i + "]", "one of x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2", n);
            }
            if (f.ordinal() <= last) {
                throw new JsonError("The model file's input.features must name each feature once, in the order x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2.");
            }
            last = f.ordinal();
            mask |= 1 << f.ordinal();
        }
        return new FeatureSet(mask);
    }

    static Activation activation(String id, String path) {
        Activation a = Activation.byId(id);
        if (a == null) {
            StringBuilder known = new StringBuilder();
            for (Activation x : Activation.values()) {
                known.append(known.length() == 0 ? "" : ", ").append(x.id());
            }
            throw JsonFields.wrong(path, "one of " + known, id);
        }
        return a;
    }

    static TrainingConfig training(Map<String, Object> t, Loss loss) {
        OptimizerKind optimizer = OptimizerKind.byId(JsonFields.string(t, "optimizer", "training"));
        if (optimizer == null) {
            throw JsonFields.wrong("training.optimizer", "one of sgd, momentum, adam", t.get("optimizer"));
        }
        Regularization reg = Regularization.byId(JsonFields.string(t, "regularization", "training"));
        if (reg == null) {
            throw JsonFields.wrong("training.regularization", "one of none, l1, l2", t.get("regularization"));
        }
        double rate = JsonFields.number(t, "learningRate", "training");
        int batch = JsonFields.integer(t, "batchSize", "training", 1, Limits.MAX_BATCH_SIZE);
        double regRate = JsonFields.number(t, "regularizationRate", "training");
        boolean biases = JsonFields.bool(t, "updateBiases", "training");
        boolean shuffle = JsonFields.bool(t, "shuffle", "training");
        try {
            return new TrainingConfig(loss, optimizer, rate, batch, reg, regRate, biases, shuffle);
        } catch (IllegalArgumentException e) {
            throw new JsonError("The model file's training settings are not allowed: " + e.getMessage() + ".");
        }
    }

    /** The size of a one-dimensional shape such as [4], refusing anything else. */
    private static int shapeSize(Object v, String path) {
        List<Object> dims = JsonFields.list(v, path);
        if (dims.size() != 1) {
            throw JsonFields.wrong(path, "a list of one width, such as [4]", v);
        }
        return JsonFields.integer(dims.get(0), path + "[0]", 1, Limits.MAX_LAYER_WIDTH);
    }

    private static void checkShape(Object v, String path, int expected) {
        int size = shapeSize(v, path);
        if (size != expected) {
            throw new JsonError("The model file's " + path + " is [" + size + "], but the layers before give ["
                    + expected + "].");
        }
    }

    /**
     * Fills {@code block} from the file; returns whether its bits were used. Values must be given;
     * bits, when given, must decode to the block's size and agree with the values.
     */
    static boolean readBlock(Object v, String path, ParamBlock block, boolean matrix) {
        Map<String, Object> m = JsonFields.object(v, path);
        List<Object> shape = JsonFields.list(m.get("shape"), path + ".shape");
        boolean shapeFits = matrix
                ? shape.size() == 2 && Double.valueOf(block.fanOut()).equals(shape.get(0)) && Double.valueOf(block.fanIn()).equals(shape.get(1))
                : shape.size() == 1 && Double.valueOf(block.size()).equals(shape.get(0));
        if (!shapeFits) {
            String want = matrix ? "[" + block.fanOut() + ", " + block.fanIn() + "]" : "[" + block.size() + "]";
            throw JsonFields.wrong(path + ".shape", want + " to fit the layer", m.get("shape"));
        }
        double[] values = values(m.get("values"), path + ".values", block, matrix);
        double[] target = block.values();
        Object bits = m.get("bits");
        if (bits == null) {
            System.arraycopy(values, 0, target, 0, values.length);
            return false;
        }
        if (!(bits instanceof String)) {
            throw JsonFields.wrong(path + ".bits", "text (base64url doubles)", bits);
        }
        double[] exact = Base64Url.decode((String) bits);
        if (exact == null || exact.length != block.size()) {
            throw new JsonError("The model file's " + path + ".bits do not hold " + block.size()
                    + " numbers; delete \"bits\" to use the values as written.");
        }
        for (int i = 0; i < exact.length; i++) {
            double e = exact[i];
            if (!Doubles.isFinite(e) || Math.abs(e) > Limits.MAX_WEIGHT) {
                throw new JsonError("The model file's " + path + ".bits hold " + e + ", beyond the limit of ±1,000,000.");
            }
            if (Math.abs(e - values[i]) > VALUES_MATCH_BITS * Math.max(1e-300, Math.abs(e))) {
                throw new JsonError("The model file's " + path + ".values differ from its bits (entry " + (i + 1)
                        + "): the values were edited. Delete \"bits\" to use the values as written.");
            }
        }
        System.arraycopy(exact, 0, target, 0, exact.length);
        return true;
    }

    private static double[] values(Object v, String path, ParamBlock block, boolean matrix) {
        double[] out = new double[block.size()];
        List<Object> list = JsonFields.list(v, path);
        if (matrix) {
            if (list.size() != block.fanOut()) {
                throw JsonFields.wrong(path, block.fanOut() + " rows (one per neuron)", v);
            }
            for (int to = 0; to < block.fanOut(); to++) {
                List<Object> row = JsonFields.list(list.get(to), path + "[" + to + "]");
                if (row.size() != block.fanIn()) {
                    throw JsonFields.wrong(path + "[" + to + "]", "a row of " + block.fanIn() + " numbers (one per input)", row);
                }
                for (int from = 0; from < block.fanIn(); from++) {
                    out[block.index(to, from)] = weight(row.get(from), path + "[" + to + "][" + from + "]");
                }
            }
        } else {
            if (list.size() != block.size()) {
                throw JsonFields.wrong(path, "a list of " + block.size() + " numbers", v);
            }
            for (int i = 0; i < out.length; i++) {
                out[i] = weight(list.get(i), path + "[" + i + "]");
            }
        }
        return out;
    }

    private static double weight(Object v, String path) {
        double d = JsonFields.number(v, path);
        if (Math.abs(d) > Limits.MAX_WEIGHT) {
            throw JsonFields.wrong(path, "a number within ±1,000,000", v);
        }
        return d;
    }
}
