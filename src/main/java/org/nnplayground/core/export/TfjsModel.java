package org.nnplayground.core.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.text.Ascii;

/**
 * The network as a TensorFlow.js layers model, the two files {@code tf.loadLayersModel} opens:
 * {@code model.json} (a functional model's topology and the weights manifest) and
 * {@code weights.bin} (every kernel and bias as float32, little-endian, in manifest order).
 *
 * <p>Each dense layer becomes a {@code Dense} layer (its kernel is the transpose of the core's
 * weight block: inputs x units); leaky ReLU becomes a linear {@code Dense} followed by a
 * {@code LeakyReLU} layer (alpha 0.01); a skip connection becomes an {@code Add} of the layer's
 * output and its input; the output activation is folded into the last {@code Dense} layer, or added
 * as an {@code Activation} layer. The model's inputs are the network's inputs: the chosen features,
 * or the raw inputs of 1-D data and of a table of more than two (whose column headers the metadata names).
 * The core's sine has no TensorFlow.js counterpart, and its GELU (the tanh form) cannot be loaded
 * from a model file by TensorFlow.js 4.22 (its "gelu_new" is renamed "geluNew" on loading and then
 * not found; its "gelu" is the erf form, up to 5e-4 away): a network that uses either is refused
 * ({@link #refusal}). Weights are float32 in TensorFlow.js, so its predictions differ from the
 * core's (doubles) by float rounding, about 1e-7 for the playground's networks.
 */
public final class TfjsModel {
    /** The two files. */
    public record Files(String modelJson, byte[] weightsBin) {
    }

    private TfjsModel() {
    }

    /** TensorFlow.js's name for the activation, or null when it has none (sine) or needs its own layer (leaky ReLU). */
    static String activationName(Activation a) {
        switch (a) {
            case IDENTITY: return "linear";
            case RELU: return "relu";
            case ELU: return "elu";
            case SIGMOID: return "sigmoid";
            case TANH: return "tanh";
            case SOFTPLUS: return "softplus";
            case SILU: return "swish";
            case SOFTMAX: return "softmax";
            default: return null;
        }
    }

    private static boolean maps(Activation a) {
        return a == Activation.LEAKY_RELU || activationName(a) != null;
    }

    /**
     * Why {@code network} cannot be written for TensorFlow.js, or null when it can: an activation
     * TensorFlow.js lacks (the core's sine), named with the layer.
     */
    public static String refusal(Network network) {
        List<Dense> layers = ModelSnapshot.denseLayers(network);
        for (int i = 0; i < layers.size(); i++) {
            Activation a = layers.get(i).activation();
            if (!maps(a)) {
                return "TensorFlow.js has no " + missing(a) + " (hidden layer " + (i + 1)
                        + "), so this network cannot be exported for it; choose another activation there, or export JSON or Python.";
            }
        }
        Activation out = network.outputActivation();
        if (!maps(out)) {
            return "TensorFlow.js has no " + missing(out) + " (the output), so this network cannot be"
                    + " exported for it; choose another output activation, or export JSON or Python.";
        }
        return null;
    }

    static String missing(Activation a) {
        return a == Activation.GELU ? "GELU in the core's tanh form that a model file can hold"
                : Ascii.lower(a.label()) + " activation";
    }

    /**
     * Both files for the snapshot's network.
     *
     * @throws IllegalArgumentException with {@link #refusal}'s message when TensorFlow.js cannot hold it
     */
    public static Files write(ModelSnapshot snapshot) {
        Network network = snapshot.network();
        String refused = refusal(network);
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        List<Object> layers = new ArrayList<>();
        List<Object> manifest = new ArrayList<>();
        List<double[]> tensors = new ArrayList<>();
        layers.add(inputLayer(Shape.vector(network.width(0))));
        String previous = "input";
        List<Dense> dense = snapshot.denseLayers();
        Activation head = network.outputActivation();
        for (int i = 0; i < dense.size(); i++) {
            Dense d = dense.get(i);
            int n = i + 1;
            boolean last = n == dense.size();
            Activation a = d.activation();
            // The head's activation folds into a last layer that is linear and adds no input.
            boolean foldHead = last && a == Activation.IDENTITY && !d.residual() && head != Activation.LEAKY_RELU;
            Activation own = foldHead ? head : a;
            String name = "dense_" + n;
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("units", d.outputShape().size());
            c.put("activation", own == Activation.LEAKY_RELU ? "linear" : activationName(own));
            c.put("use_bias", true);
            c.put("name", name);
            c.put("trainable", true);
            c.put("dtype", "float32");
            layers.add(layer("Dense", name, c, List.of(previous)));
            manifest.add(weightEntry(name + "/kernel", List.of(d.weights().fanIn(), d.weights().fanOut())));
            manifest.add(weightEntry(name + "/bias", List.of(d.biases().size())));
            tensors.add(TfjsLayouts.transposed(d.weights()));
            tensors.add(d.biases().values());
            String out = name;
            if (own == Activation.LEAKY_RELU) {
                out = leaky(layers, "leaky_" + n, out);
            }
            if (d.residual()) {
                String add = "add_" + n;
                layers.add(layer("Add", add, simpleConfig(add), List.of(out, previous)));
                out = add;
            }
            if (last && !foldHead && head != Activation.IDENTITY) {
                if (head == Activation.LEAKY_RELU) {
                    out = leaky(layers, "output_leaky", out);
                } else {
                    Map<String, Object> ac = simpleConfig("output_activation");
                    ac.put("activation", activationName(head));
                    layers.add(layer("Activation", "output_activation", ac, List.of(out)));
                    out = "output_activation";
                }
            }
            previous = out;
        }
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("inputs", snapshot.inputNames());
        if (!snapshot.columns().isEmpty()) {
            user.put("columns", snapshot.columns());
        }
        user.put("link", snapshot.link());
        user.put("epoch", snapshot.epoch());
        return files(layers, previous, manifest, tensors, user);
    }

    /** The input layer of a model whose input (one example) has {@code shape}. */
    static Map<String, Object> inputLayer(Shape shape) {
        Map<String, Object> inputConfig = new LinkedHashMap<>();
        List<Object> batchShape = new ArrayList<>();
        batchShape.add(Json.NULL);
        for (int i = 0; i < shape.rank(); i++) {
            batchShape.add(shape.dim(i));
        }
        inputConfig.put("batch_input_shape", batchShape);
        inputConfig.put("dtype", "float32");
        inputConfig.put("sparse", false);
        inputConfig.put("name", "input");
        return layer("InputLayer", "input", inputConfig, List.of());
    }

    /**
     * Both files of a functional model from the input layer "input" through {@code layers} to the
     * layer {@code output}: model.json (the topology, the weights manifest and {@code user} as its
     * userDefinedMetadata) and weights.bin ({@code tensors}, in manifest order, as float32).
     */
    static Files files(List<Object> layers, String output, List<Object> manifest, List<double[]> tensors,
                       Map<String, Object> user) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", "nn_playground");
        config.put("layers", layers);
        config.put("input_layers", List.of(List.of("input", 0, 0)));
        config.put("output_layers", List.of(List.of(output, 0, 0)));
        Map<String, Object> topology = new LinkedHashMap<>();
        topology.put("class_name", "Model");
        topology.put("config", config);
        topology.put("keras_version", "tfjs-layers 4.22.0");
        topology.put("backend", "tensor_flow.js");
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("paths", List.of("weights.bin"));
        group.put("weights", manifest);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "layers-model");
        root.put("generatedBy", "nn-playground");
        root.put("convertedBy", Json.NULL);
        root.put("modelTopology", topology);
        root.put("weightsManifest", List.of(group));
        root.put("userDefinedMetadata", user);
        return new Files(JsonWriter.write(root), float32(tensors));
    }

    static String leaky(List<Object> layers, String name, String from) {
        Map<String, Object> c = simpleConfig(name);
        c.put("alpha", Activation.LEAK);
        layers.add(layer("LeakyReLU", name, c, List.of(from)));
        return name;
    }

    /** The tensors one after another, float32 little-endian. */
    private static byte[] float32(List<double[]> tensors) {
        int count = 0;
        for (double[] t : tensors) {
            count += t.length;
        }
        byte[] bytes = new byte[count * 4];
        int at = 0;
        for (double[] t : tensors) {
            for (double v : t) {
                at = putFloat(bytes, at, v);
            }
        }
        return bytes;
    }

    private static int putFloat(byte[] bytes, int at, double v) {
        int bits = Float.floatToIntBits((float) v);
        bytes[at] = (byte) bits;
        bytes[at + 1] = (byte) (bits >>> 8);
        bytes[at + 2] = (byte) (bits >>> 16);
        bytes[at + 3] = (byte) (bits >>> 24);
        return at + 4;
    }

    static Map<String, Object> simpleConfig(String name) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("trainable", true);
        c.put("dtype", "float32");
        return c;
    }

    static Map<String, Object> weightEntry(String name, List<Integer> shape) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("shape", shape);
        m.put("dtype", "float32");
        return m;
    }

    static Map<String, Object> layer(String className, String name, Map<String, Object> config, List<String> inputs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("class_name", className);
        m.put("config", config);
        m.put("name", name);
        List<Object> inbound = new ArrayList<>();
        if (!inputs.isEmpty()) {
            List<Object> node = new ArrayList<>();
            for (String in : inputs) {
                node.add(List.of(in, 0, 0, new LinkedHashMap<String, Object>()));
            }
            inbound.add(node);
        }
        m.put("inbound_nodes", inbound);
        return m;
    }
}
