package org.nnplayground.core.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.AvgPool2d;
import org.nnplayground.core.nn.layer.Conv1d;
import org.nnplayground.core.nn.layer.Conv2d;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.Elman;
import org.nnplayground.core.nn.layer.Embedding;
import org.nnplayground.core.nn.layer.Flatten;
import org.nnplayground.core.nn.layer.GlobalAvgPool;
import org.nnplayground.core.nn.layer.GlobalMaxPool;
import org.nnplayground.core.nn.layer.Gru;
import org.nnplayground.core.nn.layer.LayerSpec;
import org.nnplayground.core.nn.layer.Lstm;
import org.nnplayground.core.nn.layer.MaxPool2d;
import org.nnplayground.core.nn.layer.Padding;
import org.nnplayground.core.nn.layer.StepDense;
import org.nnplayground.core.nn.layer.StepOutput;

/**
 * One layer of a sequence or image model file, both ways: its kind, its settings and the names of
 * its parameter blocks, for every layer kind the core has. The one table that {@link LabModelJson}
 * writes from and {@link LabModelReader} reads into, so the two cannot drift apart.
 */
final class LabLayerJson {
    /** The keys a layer may have besides its blocks. */
    static final List<String> COMMON_KEYS = List.of("kind", "inputShape", "outputShape");

    private LabLayerJson() {
    }

    /** The kind's name in the file. */
    static String kind(LayerSpec s) {
        if (s instanceof Dense.Spec) {
            return "dense";
        } else if (s instanceof StepDense.Spec) {
            return "stepDense";
        } else if (s instanceof Elman.Spec) {
            return "elman";
        } else if (s instanceof Gru.Spec) {
            return "gru";
        } else if (s instanceof Lstm.Spec) {
            return "lstm";
        } else if (s instanceof Embedding.Spec) {
            return "embedding";
        } else if (s instanceof Conv1d.Spec) {
            return "conv1d";
        } else if (s instanceof Conv2d.Spec) {
            return "conv2d";
        } else if (s instanceof MaxPool2d.Spec) {
            return "maxPool2d";
        } else if (s instanceof AvgPool2d.Spec) {
            return "avgPool2d";
        } else if (s instanceof GlobalMaxPool.Spec) {
            return "globalMaxPool";
        } else if (s instanceof GlobalAvgPool.Spec) {
            return "globalAvgPool";
        } else if (s instanceof Flatten.Spec) {
            return "flatten";
        }
        throw new IllegalArgumentException("The model file has no form for the layer " + s + ".");
    }

    /** The names of the kind's parameter blocks, in the layer's {@code parameters()} order. */
    static List<String> blockNames(String kind) {
        switch (kind) {
            case "dense":
            case "stepDense":
            case "conv1d":
            case "conv2d":
                return List.of("weights", "biases");
            case "elman":
            case "gru":
            case "lstm":
                return List.of("inputWeights", "recurrentWeights", "biases");
            case "embedding":
                return List.of("table");
            default:
                return List.of();
        }
    }

    /** The names of the kind's settings, for the reader's check of unknown keys. */
    static List<String> settingNames(String kind) {
        switch (kind) {
            case "dense":
                return List.of("units", "activation", "skip");
            case "stepDense":
                return List.of("units", "activation");
            case "elman":
                return List.of("hidden", "activation", "output", "truncation", "gates");
            case "gru":
            case "lstm":
                return List.of("hidden", "output", "truncation", "gates");
            case "embedding":
                return List.of("vocabulary", "dim");
            case "conv1d":
            case "conv2d":
                return List.of("filters", "kernel", "stride", "padding", "activation");
            case "maxPool2d":
            case "avgPool2d":
                return List.of("pool");
            default:
                return List.of();
        }
    }

    /** The settings of {@code s} into {@code layer}, after its kind and shapes. */
    static void writeSettings(LayerSpec s, Map<String, Object> layer) {
        if (s instanceof Dense.Spec d) {
            layer.put("units", d.width());
            layer.put("activation", d.activation().id());
            layer.put("skip", d.residual());
        } else if (s instanceof StepDense.Spec d) {
            layer.put("units", d.width());
            layer.put("activation", d.activation().id());
        } else if (s instanceof Elman.Spec e) {
            recurrent(layer, e.hidden(), e.output(), e.truncation());
            layer.put("activation", e.activation().id());
            layer.put("gates", List.of("state"));
        } else if (s instanceof Gru.Spec g) {
            recurrent(layer, g.hidden(), g.output(), g.truncation());
            layer.put("gates", List.of("update", "reset", "candidate"));
        } else if (s instanceof Lstm.Spec l) {
            recurrent(layer, l.hidden(), l.output(), l.truncation());
            layer.put("gates", List.of("input", "forget", "candidate", "output"));
        } else if (s instanceof Embedding.Spec e) {
            layer.put("vocabulary", e.vocabulary());
            layer.put("dim", e.dim());
        } else if (s instanceof Conv1d.Spec c) {
            conv(layer, c.filters(), c.kernel(), c.stride(), c.padding(), c.activation());
        } else if (s instanceof Conv2d.Spec c) {
            conv(layer, c.filters(), c.kernel(), c.stride(), c.padding(), c.activation());
        } else if (s instanceof MaxPool2d.Spec || s instanceof AvgPool2d.Spec) {
            layer.put("pool", 2);
        }
    }

    private static void recurrent(Map<String, Object> layer, int hidden, StepOutput output, int truncation) {
        layer.put("hidden", hidden);
        layer.put("output", output == StepOutput.EVERY_STEP ? "everyStep" : "lastStep");
        layer.put("truncation", truncation);
    }

    private static void conv(Map<String, Object> layer, int filters, int kernel, int stride, Padding padding, Activation a) {
        layer.put("filters", filters);
        layer.put("kernel", kernel);
        layer.put("stride", stride);
        layer.put("padding", padding.id());
        layer.put("activation", a.id());
    }

    /**
     * The spec of a layer of {@code kind} from its settings in {@code layer} (at {@code path});
     * settings the layer refuses are refused with the layer's own sentence.
     *
     * @throws JsonError for an unknown kind, a missing or mistyped setting, or settings the layer refuses
     */
    static LayerSpec readSpec(String kind, Map<String, Object> layer, String path) {
        try {
            return spec(kind, layer, path);
        } catch (JsonError e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new JsonError("The model file's " + path + " cannot be built: " + e.getMessage() + ".");
        }
    }

    private static LayerSpec spec(String kind, Map<String, Object> layer, String path) {
        switch (kind) {
            case "dense":
                return new Dense.Spec(units(layer, path), activation(layer, path), JsonFields.bool(layer, "skip", path));
            case "stepDense":
                return new StepDense.Spec(units(layer, path), activation(layer, path));
            case "elman":
                return new Elman.Spec(hidden(layer, path), activation(layer, path), output(layer, path), truncation(layer, path));
            case "gru":
                return new Gru.Spec(hidden(layer, path), output(layer, path), truncation(layer, path));
            case "lstm":
                return new Lstm.Spec(hidden(layer, path), output(layer, path), truncation(layer, path));
            case "embedding":
                return new Embedding.Spec(JsonFields.integer(layer, "vocabulary", path, 2, Limits.MAX_TEXT_LENGTH),
                        JsonFields.integer(layer, "dim", path, 1, Limits.MAX_LAYER_WIDTH));
            case "conv1d":
                return new Conv1d.Spec(filters(layer, path), kernel(layer, path), stride(layer, path), padding(layer, path),
                        activation(layer, path));
            case "conv2d":
                return new Conv2d.Spec(filters(layer, path), kernel(layer, path), stride(layer, path), padding(layer, path),
                        activation(layer, path));
            case "maxPool2d":
                pool(layer, path);
                return new MaxPool2d.Spec();
            case "avgPool2d":
                pool(layer, path);
                return new AvgPool2d.Spec();
            case "globalMaxPool":
                return new GlobalMaxPool.Spec();
            case "globalAvgPool":
                return new GlobalAvgPool.Spec();
            case "flatten":
                return new Flatten.Spec();
            default:
                throw JsonFields.wrong(path + ".kind", "one of dense, stepDense, elman, gru, lstm, embedding, conv1d, conv2d,"
                        + " maxPool2d, avgPool2d, globalMaxPool, globalAvgPool, flatten", kind);
        }
    }

    private static int units(Map<String, Object> layer, String path) {
        return JsonFields.integer(layer, "units", path, 1, Limits.MAX_TEXT_LENGTH);
    }

    private static int hidden(Map<String, Object> layer, String path) {
        return JsonFields.integer(layer, "hidden", path, 1, Limits.MAX_HIDDEN_SIZE);
    }

    private static int truncation(Map<String, Object> layer, String path) {
        return JsonFields.integer(layer, "truncation", path, 0, Limits.MAX_SEQUENCE_LENGTH);
    }

    private static int filters(Map<String, Object> layer, String path) {
        return JsonFields.integer(layer, "filters", path, 1, Limits.MAX_FILTERS);
    }

    private static int kernel(Map<String, Object> layer, String path) {
        return JsonFields.integer(layer, "kernel", path, 1, Limits.MAX_KERNEL);
    }

    private static int stride(Map<String, Object> layer, String path) {
        return JsonFields.integer(layer, "stride", path, 1, 2);
    }

    private static void pool(Map<String, Object> layer, String path) {
        JsonFields.integer(layer, "pool", path, 2, 2);
    }

    private static StepOutput output(Map<String, Object> layer, String path) {
        String id = JsonFields.string(layer, "output", path);
        if (id.equals("everyStep")) {
            return StepOutput.EVERY_STEP;
        } else if (id.equals("lastStep")) {
            return StepOutput.LAST_STEP;
        }
        throw JsonFields.wrong(path + ".output", "everyStep or lastStep", id);
    }

    private static Padding padding(Map<String, Object> layer, String path) {
        Padding p = Padding.byId(JsonFields.string(layer, "padding", path));
        if (p == null) {
            throw JsonFields.wrong(path + ".padding", "same or valid", layer.get("padding"));
        }
        return p;
    }

    private static Activation activation(Map<String, Object> layer, String path) {
        Activation a = ModelReader.activation(JsonFields.string(layer, "activation", path), path + ".activation");
        if (a == Activation.SOFTMAX) {
            throw new JsonError("The model file's " + path + ".activation is softmax, which only the output may have.");
        }
        return a;
    }

    /** A fresh map for a layer: its kind and shapes, then {@link #writeSettings}. */
    static Map<String, Object> start(String kind, List<Object> inputShape, List<Object> outputShape) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("inputShape", inputShape);
        m.put("outputShape", outputShape);
        return m;
    }
}
