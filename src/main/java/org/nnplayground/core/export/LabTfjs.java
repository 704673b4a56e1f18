package org.nnplayground.core.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnplayground.core.nn.Architecture;
import org.nnplayground.core.nn.Network;
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
import org.nnplayground.core.nn.layer.Layer;
import org.nnplayground.core.nn.layer.LayerSpec;
import org.nnplayground.core.nn.layer.Lstm;
import org.nnplayground.core.nn.layer.MaxPool2d;
import org.nnplayground.core.nn.layer.ParamBlock;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.nn.layer.StepDense;
import org.nnplayground.core.nn.layer.StepOutput;
import org.nnplayground.core.text.Ascii;

/**
 * A sequence or image network as a TensorFlow.js layers model ({@code model.json} and
 * {@code weights.bin}, as {@link TfjsModel} writes them for points), for every layer kind that
 * TensorFlow.js has. The model's input is the network's: a sequence of steps x features, or an
 * image of channels x height x width.
 *
 * <p>How each kind maps: Elman to {@code SimpleRNN}; GRU to {@code GRU} with the sigmoid as its
 * recurrent activation (TensorFlow.js's default is the hard sigmoid) and the reset gate applied
 * before the recurrent product (TensorFlow.js's GRU has no reset-after form, which is the core's
 * form); TensorFlow.js's update gate z keeps the old state ({@code h = z h_prev + (1 - z) n}) where
 * the core's u takes the new one, so z = 1 - u = sigmoid(-pre-activation of u): the update gate's
 * weights and bias are written negated. LSTM to {@code LSTM} (the same gate order i, f, c, o).
 * An embedding of indices to a {@code Reshape} (steps x 1 to steps) and an {@code Embedding}; of
 * one-hot steps to a {@code Dense} without bias on each step. A per-step dense layer to
 * {@code TimeDistributed(Dense)}. Convolutions to {@code Conv1D} and {@code Conv2D}, poolings to
 * {@code MaxPooling2D}, {@code AveragePooling2D} and the global poolings (1-D for a sequence);
 * every 2-D layer is written with {@code dataFormat: channelsFirst}, which TensorFlow.js's CPU
 * backend runs, so images stay channels x height x width as the core has them and a
 * {@code Flatten} (written explicitly before a dense layer on an image or sequence) gives the core's
 * order. Kernels are written in TensorFlow.js's layouts ({@link TfjsLayouts}; dense: inputs x units; recurrent:
 * inputs x gates; Conv1D: kernel x features x filters; Conv2D: rows x columns x channels x filters).
 * Leaky ReLU becomes its own layer; the head's activation an {@code Activation} layer. What
 * TensorFlow.js cannot express is refused, naming the layer ({@link #refusal}).
 */
public final class LabTfjs {
    private final List<Object> layers = new ArrayList<>();
    private final List<Object> manifest = new ArrayList<>();
    private final List<double[]> tensors = new ArrayList<>();
    private String previous = "input";

    private LabTfjs() {
    }

    /**
     * Why the network cannot be written for TensorFlow.js, naming the layer, or null when it can:
     * an activation it lacks (the core's sine, its tanh-form GELU), or a recurrent layer whose
     * activation must be one TensorFlow.js's cell applies inside (not leaky ReLU).
     */
    public static String refusal(Network network) {
        Architecture a = network.architecture();
        for (int i = 0; i < a.layers().size(); i++) {
            LayerSpec s = a.layers().get(i);
            Activation act = activationOf(s);
            if (act == null) {
                continue;
            }
            String where = "layer " + (i + 1) + " (" + LabLayerJson.kind(s) + ")";
            if (s instanceof Elman.Spec && act == Activation.LEAKY_RELU) {
                return "TensorFlow.js's SimpleRNN cannot apply a leaky ReLU inside its recurrence (" + where
                        + "), so this network cannot be exported for it; choose another activation there, or export JSON or Python.";
            }
            if (act != Activation.LEAKY_RELU && TfjsModel.activationName(act) == null) {
                return "TensorFlow.js has no " + TfjsModel.missing(act) + " (" + where
                        + "), so this network cannot be exported for it; choose another activation there, or export JSON or Python.";
            }
        }
        Activation out = a.outputActivation();
        if (out != Activation.LEAKY_RELU && TfjsModel.activationName(out) == null) {
            return "TensorFlow.js has no " + TfjsModel.missing(out) + " (the output), so this network cannot be"
                    + " exported for it; choose another output activation, or export JSON or Python.";
        }
        return null;
    }

    private static Activation activationOf(LayerSpec s) {
        if (s instanceof Dense.Spec d) {
            return d.activation();
        } else if (s instanceof StepDense.Spec d) {
            return d.activation();
        } else if (s instanceof Elman.Spec e) {
            return e.activation();
        } else if (s instanceof Conv1d.Spec c) {
            return c.activation();
        } else if (s instanceof Conv2d.Spec c) {
            return c.activation();
        }
        return null;
    }

    /**
     * Both files for the snapshot's network.
     *
     * @throws IllegalArgumentException with {@link #refusal}'s sentence when TensorFlow.js cannot hold it
     */
    public static TfjsModel.Files write(LabSnapshot snapshot) {
        Network network = snapshot.network();
        String refused = refusal(network);
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        LabTfjs w = new LabTfjs();
        Architecture a = network.architecture();
        w.layers.add(TfjsModel.inputLayer(a.input()));
        for (int i = 0; i < a.layers().size(); i++) {
            w.add(a.layers().get(i), network.layer(i + 1), i + 1);
        }
        Activation head = a.outputActivation();
        if (head == Activation.LEAKY_RELU) {
            w.previous = TfjsModel.leaky(w.layers, "output_leaky", w.previous);
        } else if (head != Activation.IDENTITY) {
            Map<String, Object> c = TfjsModel.simpleConfig("output_activation");
            c.put("activation", TfjsModel.activationName(head));
            w.chain("Activation", "output_activation", c);
        }
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("problem", snapshot.problem());
        user.put("input", snapshot.inputMeaning());
        if (!snapshot.vocabulary().isEmpty()) {
            user.put("vocabulary", snapshot.vocabulary());
        }
        user.put("link", snapshot.link());
        user.put("epoch", snapshot.epoch());
        return TfjsModel.files(w.layers, w.previous, w.manifest, w.tensors, user);
    }

    private void chain(String className, String name, Map<String, Object> config) {
        layers.add(TfjsModel.layer(className, name, config, List.of(previous)));
        previous = name;
    }

    private void weight(String name, List<Integer> shape, double[] values) {
        manifest.add(TfjsModel.weightEntry(name, shape));
        tensors.add(values);
    }

    private void add(LayerSpec spec, Layer layer, int n) {
        Shape in = layer.inputShape();
        if (spec instanceof Dense.Spec d) {
            if (in.rank() > 1) {
                chain("Flatten", "flatten_" + n, TfjsModel.simpleConfig("flatten_" + n));
            }
            String before = previous;
            dense("dense_" + n, d.width(), d.activation(), layer.parameters().get(0), layer.parameters().get(1));
            if (d.residual()) {
                String add = "add_" + n;
                layers.add(TfjsModel.layer("Add", add, TfjsModel.simpleConfig(add), List.of(previous, before)));
                previous = add;
            }
        } else if (spec instanceof StepDense.Spec d) {
            stepDense(n, d, layer);
        } else if (spec instanceof Elman.Spec e) {
            recurrent("SimpleRNN", "simple_rnn_" + n, e.activation(), e.output(), layer, e.hidden(), 1, n);
        } else if (spec instanceof Gru.Spec g) {
            recurrent("GRU", "gru_" + n, Activation.TANH, g.output(), layer, g.hidden(), 3, n);
        } else if (spec instanceof Lstm.Spec l) {
            recurrent("LSTM", "lstm_" + n, Activation.TANH, l.output(), layer, l.hidden(), 4, n);
        } else if (spec instanceof Embedding.Spec e) {
            embedding(n, e, (Embedding) layer);
        } else if (spec instanceof Conv1d.Spec c) {
            conv1d(n, c, layer);
        } else if (spec instanceof Conv2d.Spec c) {
            conv2d(n, c, layer);
        } else if (spec instanceof MaxPool2d.Spec || spec instanceof AvgPool2d.Spec) {
            boolean max = spec instanceof MaxPool2d.Spec;
            String name = (max ? "max_pooling2d_" : "average_pooling2d_") + n;
            Map<String, Object> c = TfjsModel.simpleConfig(name);
            c.put("pool_size", List.of(2, 2));
            c.put("strides", List.of(2, 2));
            c.put("padding", "valid");
            c.put("data_format", "channels_first");
            chain(max ? "MaxPooling2D" : "AveragePooling2D", name, c);
        } else if (spec instanceof GlobalMaxPool.Spec || spec instanceof GlobalAvgPool.Spec) {
            boolean max = spec instanceof GlobalMaxPool.Spec;
            String dims = in.rank() == 3 ? "2D" : "1D";
            String name = (max ? "global_max_pooling" : "global_average_pooling") + Ascii.lower(dims) + "_" + n;
            Map<String, Object> c = TfjsModel.simpleConfig(name);
            if (in.rank() == 3) {
                c.put("data_format", "channels_first");
            }
            chain((max ? "GlobalMaxPooling" : "GlobalAveragePooling") + dims, name, c);
        } else if (spec instanceof Flatten.Spec) {
            chain("Flatten", "flatten_" + n, TfjsModel.simpleConfig("flatten_" + n));
        } else {
            throw new IllegalArgumentException("TensorFlow.js has no form for layer " + n + " (" + spec + ").");
        }
    }

    /** A Dense layer (kernel: inputs x units) and, for leaky ReLU, its own layer after it. */
    private void dense(String name, int units, Activation a, ParamBlock w, ParamBlock b) {
        Map<String, Object> c = TfjsModel.simpleConfig(name);
        c.put("units", units);
        c.put("activation", a == Activation.LEAKY_RELU ? "linear" : TfjsModel.activationName(a));
        c.put("use_bias", b != null);
        chain("Dense", name, c);
        weight(name + "/kernel", List.of(w.fanIn(), w.fanOut()), TfjsLayouts.transposed(w));
        if (b != null) {
            weight(name + "/bias", List.of(b.size()), b.values().clone());
        }
        leakyAfter(a, name);
    }

    private void leakyAfter(Activation a, String name) {
        if (a == Activation.LEAKY_RELU) {
            previous = TfjsModel.leaky(layers, name + "_leaky", previous);
        }
    }

    private void stepDense(int n, StepDense.Spec d, Layer layer) {
        String name = "time_distributed_" + n;
        String inner = "dense_" + n;
        ParamBlock w = layer.parameters().get(0);
        ParamBlock b = layer.parameters().get(1);
        Map<String, Object> dc = TfjsModel.simpleConfig(inner);
        dc.put("units", d.width());
        dc.put("activation", d.activation() == Activation.LEAKY_RELU ? "linear" : TfjsModel.activationName(d.activation()));
        dc.put("use_bias", true);
        Map<String, Object> wrapped = new LinkedHashMap<>();
        wrapped.put("class_name", "Dense");
        wrapped.put("config", dc);
        Map<String, Object> c = TfjsModel.simpleConfig(name);
        c.put("layer", wrapped);
        chain("TimeDistributed", name, c);
        weight(name + "/" + inner + "/kernel", List.of(w.fanIn(), w.fanOut()), TfjsLayouts.transposed(w));
        weight(name + "/" + inner + "/bias", List.of(b.size()), b.values().clone());
        leakyAfter(d.activation(), name);
    }

    /**
     * A recurrent layer: its kernels transposed to inputs x stacked gates, the GRU's update gate
     * negated (see the class comment).
     */
    private void recurrent(String className, String name, Activation a, StepOutput output, Layer layer, int hidden, int gates, int n) {
        Map<String, Object> c = TfjsModel.simpleConfig(name);
        c.put("units", hidden);
        c.put("activation", TfjsModel.activationName(a));
        if (gates > 1) {
            c.put("recurrent_activation", "sigmoid");
        }
        c.put("use_bias", true);
        c.put("return_sequences", output == StepOutput.EVERY_STEP);
        c.put("return_state", false);
        c.put("go_backwards", false);
        c.put("stateful", false);
        c.put("unroll", false);
        if (gates == 3) {
            c.put("reset_after", false);
        }
        chain(className, name, c);
        ParamBlock wx = layer.parameters().get(0);
        ParamBlock wh = layer.parameters().get(1);
        double[] bias = layer.parameters().get(2).values().clone();
        double[] kernel = TfjsLayouts.transposed(wx);
        double[] recurrent = TfjsLayouts.transposed(wh);
        if (gates == 3) {
            TfjsLayouts.negateColumns(kernel, wx.fanIn(), wx.fanOut(), hidden);
            TfjsLayouts.negateColumns(recurrent, wh.fanIn(), wh.fanOut(), hidden);
            for (int j = 0; j < hidden; j++) {
                bias[j] = -bias[j];
            }
        }
        weight(name + "/kernel", List.of(wx.fanIn(), wx.fanOut()), kernel);
        weight(name + "/recurrent_kernel", List.of(wh.fanIn(), wh.fanOut()), recurrent);
        weight(name + "/bias", List.of(bias.length), bias);
    }

    private void embedding(int n, Embedding.Spec e, Embedding layer) {
        ParamBlock table = layer.table();
        if (!layer.takesIndices()) {
            dense("dense_" + n, e.dim(), Activation.IDENTITY, table, null);
            return;
        }
        int steps = layer.inputShape().dim(0);
        Map<String, Object> r = TfjsModel.simpleConfig("reshape_" + n);
        r.put("target_shape", List.of(steps));
        chain("Reshape", "reshape_" + n, r);
        String name = "embedding_" + n;
        Map<String, Object> c = TfjsModel.simpleConfig(name);
        c.put("input_dim", e.vocabulary());
        c.put("output_dim", e.dim());
        c.put("mask_zero", false);
        chain("Embedding", name, c);
        weight(name + "/embeddings", List.of(e.vocabulary(), e.dim()), TfjsLayouts.transposed(table));
    }

    private void conv1d(int n, Conv1d.Spec s, Layer layer) {
        String name = "conv1d_" + n;
        int features = layer.inputShape().dim(1);
        Map<String, Object> c = convConfig(name, s.filters(), List.of(s.kernel()), List.of(s.stride()), s.padding().id(),
                s.activation(), "channels_last");
        c.put("dilation_rate", List.of(1));
        chain("Conv1D", name, c);
        double[] k = TfjsLayouts.conv1dKernel(layer.parameters().get(0), s.kernel(), features);
        weight(name + "/kernel", List.of(s.kernel(), features, s.filters()), k);
        weight(name + "/bias", List.of(s.filters()), layer.parameters().get(1).values().clone());
        leakyAfter(s.activation(), name);
    }

    private void conv2d(int n, Conv2d.Spec s, Layer layer) {
        String name = "conv2d_" + n;
        int channels = layer.inputShape().dim(0);
        int kk = s.kernel();
        Map<String, Object> c = convConfig(name, s.filters(), List.of(kk, kk), List.of(s.stride(), s.stride()), s.padding().id(),
                s.activation(), "channels_first");
        c.put("dilation_rate", List.of(1, 1));
        chain("Conv2D", name, c);
        double[] k = TfjsLayouts.conv2dKernel(layer.parameters().get(0), kk, channels);
        weight(name + "/kernel", List.of(kk, kk, channels, s.filters()), k);
        weight(name + "/bias", List.of(s.filters()), layer.parameters().get(1).values().clone());
        leakyAfter(s.activation(), name);
    }

    private static Map<String, Object> convConfig(String name, int filters, List<Integer> kernel, List<Integer> strides,
                                                  String padding, Activation a, String dataFormat) {
        Map<String, Object> c = TfjsModel.simpleConfig(name);
        c.put("filters", filters);
        c.put("kernel_size", kernel);
        c.put("strides", strides);
        c.put("padding", padding);
        c.put("data_format", dataFormat);
        c.put("activation", a == Activation.LEAKY_RELU ? "linear" : TfjsModel.activationName(a));
        c.put("use_bias", true);
        return c;
    }
}
