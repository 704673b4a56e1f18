package org.nnplayground.core.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Architecture;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.OutputHead;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.Layer;
import org.nnplayground.core.nn.layer.LayerSpec;
import org.nnplayground.core.nn.layer.ParamBlock;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.train.TrainingConfig;

/**
 * Reads a model file written by {@link LabModelJson} (or by hand, to its schema) back into a
 * network of any layer kinds. The network is rebuilt from the file's own layers and settings; the
 * parameters come from each block's {@code bits} when present (exact), else from its {@code values}.
 * What does not fit (broken JSON, a missing or mistyped key, an unknown kind, shapes that do not
 * chain, settings a layer refuses, a weight beyond the limit, values that disagree with their bits,
 * a fingerprint that does not match) is refused with a {@link JsonError} that says where and what.
 */
public final class LabModelReader {
    /** Most layers a file may list. */
    public static final int MAX_LAYERS = 64;
    private static final Set<String> ROOT_KEYS = Set.of("format", "version", "problem", "link", "epoch", "input", "layers",
            "output", "training", "fingerprint");
    private static final Set<String> INPUT_KEYS = Set.of("shape", "meaning", "vocabulary");

    private LabModelReader() {
    }

    /** Whether {@code text} looks like a sequence or image model file (it names its problem) rather than a points one. */
    public static boolean isLabFile(String text) {
        try {
            Object root = Json.parse(text);
            return root instanceof Map<?, ?> m && m.containsKey("problem");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The model in {@code text}.
     *
     * @throws JsonError when it is not a model file this playground can open, saying why
     */
    public static ImportedLab read(String text) {
        Map<String, Object> root = JsonFields.object(Json.parse(text), "content");
        List<String> notices = new ArrayList<>();
        if (!ModelJson.FORMAT.equals(root.get("format"))) {
            throw new JsonError("This is not an nn-playground model file: its \"format\" should be \""
                    + ModelJson.FORMAT + "\", but is " + JsonFields.describe(root.get("format")) + ".");
        }
        int version = JsonFields.integer(root, "version", "", 1, Integer.MAX_VALUE);
        if (version > ModelJson.VERSION) {
            throw new JsonError("The model file is of version " + version + "; this playground reads version "
                    + ModelJson.VERSION + ". Open it with a newer playground.");
        }
        if (!root.containsKey("problem")) {
            throw new JsonError("This model file is of the points playground (it names no problem); open it there, with Export, Open model.");
        }
        JsonFields.noteUnknown(root, ROOT_KEYS, "", notices);
        String problem = JsonFields.string(root, "problem", "");
        String link = root.containsKey("link") ? JsonFields.string(root, "link", "") : "";
        int epoch = JsonFields.integer(root, "epoch", "", 0, Integer.MAX_VALUE);
        Map<String, Object> input = JsonFields.object(root.get("input"), "input");
        JsonFields.noteUnknown(input, INPUT_KEYS, "input", notices);
        Shape inputShape = shape(input.get("shape"), "input.shape");

        Map<String, Object> output = JsonFields.object(root.get("output"), "output");
        Activation outputActivation = ModelReader.activation(JsonFields.string(output, "activation", "output"), "output.activation");
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
        TrainingConfig training = ModelReader.training(trainingMap, loss);
        if (trainingMap.containsKey("clipNorm")) {
            double clip = JsonFields.number(trainingMap, "clipNorm", "training");
            try {
                training = training.withClipNorm(clip);
            } catch (IllegalArgumentException e) {
                throw new JsonError("The model file's training settings are not allowed: " + e.getMessage() + ".");
            }
        }
        Init init = Init.byId(JsonFields.string(trainingMap, "init", "training"));
        if (init == null) {
            throw JsonFields.wrong("training.init", "one of uniform, glorot, he", trainingMap.get("init"));
        }

        List<Object> layerList = JsonFields.list(root.get("layers"), "layers");
        if (layerList.isEmpty() || layerList.size() > MAX_LAYERS) {
            throw JsonFields.wrong("layers", "a list of 1 to " + MAX_LAYERS + " layers", layerList);
        }
        List<LayerSpec> specs = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        Shape shape = inputShape;
        for (int i = 0; i < layerList.size(); i++) {
            String path = "layers[" + i + "]";
            Map<String, Object> layer = JsonFields.object(layerList.get(i), path);
            String kind = JsonFields.string(layer, "kind", path);
            LayerSpec spec = LabLayerJson.readSpec(kind, layer, path);
            Set<String> known = new HashSet<>(LabLayerJson.COMMON_KEYS);
            known.addAll(LabLayerJson.settingNames(kind));
            known.addAll(LabLayerJson.blockNames(kind));
            JsonFields.noteUnknown(layer, known, path, notices);
            checkShape(layer.get("inputShape"), path + ".inputShape", shape);
            try {
                shape = spec.outputShape(shape);
            } catch (IllegalArgumentException e) {
                throw new JsonError("The model file's " + path + " does not fit the layers before it: " + e.getMessage() + ".");
            }
            checkShape(layer.get("outputShape"), path + ".outputShape", shape);
            specs.add(spec);
            kinds.add(kind);
        }
        checkShape(output.get("shape"), "output.shape", shape);
        Architecture architecture = new Architecture(inputShape, specs, outputActivation, init);
        Network network;
        try {
            network = architecture.build(new Rng(0));
        } catch (IllegalArgumentException e) {
            throw new JsonError("The model file's layers cannot be built: " + e.getMessage() + ".");
        }
        boolean allBits = true;
        for (int i = 0; i < layerList.size(); i++) {
            String path = "layers[" + i + "]";
            Map<String, Object> layer = JsonFields.object(layerList.get(i), path);
            Layer built = network.layer(i + 1);
            List<String> names = LabLayerJson.blockNames(kinds.get(i));
            for (int k = 0; k < names.size(); k++) {
                ParamBlock block = built.parameters().get(k);
                allBits &= ModelReader.readBlock(layer.get(names.get(k)), path + "." + names.get(k), block, !block.bias());
            }
        }
        if (allBits && root.containsKey("fingerprint")
                && !JsonFields.string(root, "fingerprint", "").equals(network.fingerprint().hex())) {
            throw new JsonError("The model file's weights do not match its fingerprint: the file was damaged or changed.");
        }
        double[] weights = network.parameterBuffer();
        network.copyParametersTo(weights);
        return new ImportedLab(network, weights, training, epoch, link, problem, notices);
    }

    private static Shape shape(Object v, String path) {
        List<Object> dims = JsonFields.list(v, path);
        if (dims.isEmpty() || dims.size() > 3) {
            throw JsonFields.wrong(path, "a list of one to three sizes, such as [20, 1] or [1, 8, 8]", v);
        }
        int[] d = new int[dims.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = JsonFields.integer(dims.get(i), path + "[" + i + "]", 1, Limits.MAX_TEXT_LENGTH);
        }
        try {
            return Shape.of(d);
        } catch (IllegalArgumentException e) {
            throw new JsonError("The model file's " + path + " is not a shape: " + e.getMessage() + ".");
        }
    }

    private static void checkShape(Object v, String path, Shape expected) {
        Shape found = shape(v, path);
        if (!found.equals(expected)) {
            throw new JsonError("The model file's " + path + " is " + found + ", but the layers before give " + expected + ".");
        }
    }
}
