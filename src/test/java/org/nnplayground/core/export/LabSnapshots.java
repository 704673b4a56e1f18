package org.nnplayground.core.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Architecture;
import org.nnplayground.core.nn.Loss;
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
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.LayerSpec;
import org.nnplayground.core.nn.layer.Lstm;
import org.nnplayground.core.nn.layer.MaxPool2d;
import org.nnplayground.core.nn.layer.Padding;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.nn.layer.StepDense;
import org.nnplayground.core.nn.layer.StepOutput;
import org.nnplayground.core.state.Speed;
import org.nnplayground.core.state.lab.Cell;
import org.nnplayground.core.state.lab.ConvNet;
import org.nnplayground.core.state.lab.ImageModel;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.LabState;
import org.nnplayground.core.state.lab.SequenceModel;
import org.nnplayground.core.train.TrainingConfig;

/**
 * Trained sequence and image networks to export, covering every layer kind the core has: the runs
 * the lab page builds (each with its link) and, for the kinds it does not build (1-D convolution,
 * flatten, one-hot embedding, a hidden per-step dense layer, pooling a sequence), networks made by
 * hand with seeded random weights.
 */
final class LabSnapshots {
    private LabSnapshots() {
    }

    /** The page's run of {@code state} trained for {@code epochs}, with its link. */
    static LabSnapshot trained(LabState state, int epochs) {
        LabSession session = new LabSession(state);
        session.stepEpochs(epochs);
        return LabSnapshot.of(session, LabLinks.encode(state, Speed.DEFAULT, 0));
    }

    static LabState sequence(String problem, Cell cell) {
        LabState s = LabState.defaultFor(problem, 2);
        SequenceModel m = (SequenceModel) s.model();
        return s.withModel(m.withNet(m.net().withCell(cell)));
    }

    /** The runs a lab page builds, by name: echo with each cell, a text with an embedding, the parity at the end, images. */
    static Map<String, LabSnapshot> pageRuns() {
        Map<String, LabSnapshot> runs = new LinkedHashMap<>();
        runs.put("echo-lstm", trained(sequence("echo", Cell.LSTM), 2));
        runs.put("echo-gru", trained(sequence("echo", Cell.GRU), 2));
        runs.put("echo-elman", trained(sequence("echo", Cell.ELMAN), 2));
        LabState text = LabState.defaultFor("text", 2);
        SequenceModel tm = (SequenceModel) text.model();
        text = text.withModel(tm.withData(tm.data().withLength(12)).withNet(tm.net().withHidden(List.of(6, 5))));
        runs.put("text-embedding", trained(text, 1));
        runs.put("parity-end-gru", trained(sequence("parity-end", Cell.GRU), 1));
        runs.put("digits", trained(LabState.defaultFor("digits", 2), 1));
        LabState shapes = LabState.defaultFor("shapes", 2);
        ImageModel im = (ImageModel) shapes.model();
        shapes = shapes.withModel(im.withNet(new ConvNet(List.of(new Conv2d.Spec(3, 3, 2, Padding.SAME, Activation.TANH),
                new AvgPool2d.Spec(), new Conv2d.Spec(4, 1, 1, Padding.VALID, Activation.ELU), new GlobalAvgPool.Spec()),
                List.of(5), Activation.SIGMOID)));
        runs.put("shapes-avg", trained(shapes, 1));
        runs.put("bars", trained(LabState.defaultFor("bars", 2), 1));
        return runs;
    }

    /** Networks of the kinds the page does not build, with seeded random weights and no link. */
    static Map<String, LabSnapshot> handMade() {
        Map<String, LabSnapshot> nets = new LinkedHashMap<>();
        nets.put("conv1d", random(Shape.of(9, 2), List.of(new Conv1d.Spec(3, 3, 1, Padding.SAME, Activation.RELU),
                new Conv1d.Spec(2, 3, 2, Padding.VALID, Activation.TANH), new GlobalMaxPool.Spec(),
                new Dense.Spec(2, Activation.IDENTITY, false)), Activation.IDENTITY));
        nets.put("conv1d-avg", random(Shape.of(8, 3), List.of(new Conv1d.Spec(2, 2, 2, Padding.SAME, Activation.SOFTPLUS),
                new GlobalAvgPool.Spec(), new Dense.Spec(2, Activation.IDENTITY, false)), Activation.SOFTMAX));
        nets.put("conv2d-flatten", random(Shape.of(2, 7, 7), List.of(new Conv2d.Spec(3, 3, 2, Padding.VALID, Activation.SILU),
                new Flatten.Spec(), new Dense.Spec(4, Activation.RELU, false), new Dense.Spec(4, Activation.IDENTITY, true)),
                Activation.SIGMOID));
        nets.put("conv2d-maxpool", random(Shape.of(1, 8, 8), List.of(new Conv2d.Spec(2, 5, 1, Padding.SAME, Activation.LEAKY_RELU),
                new MaxPool2d.Spec(), new Conv2d.Spec(3, 2, 1, Padding.SAME, Activation.IDENTITY), new GlobalMaxPool.Spec(),
                new Dense.Spec(3, Activation.IDENTITY, false)), Activation.SOFTMAX));
        nets.put("onehot-embedding", random(Shape.of(5, 4), List.of(new Embedding.Spec(4, 3),
                new Elman.Spec(3, Activation.RELU, StepOutput.EVERY_STEP, 0), new StepDense.Spec(4, Activation.TANH),
                new Gru.Spec(2, StepOutput.EVERY_STEP, 2), new Lstm.Spec(3, StepOutput.EVERY_STEP, 0),
                new StepDense.Spec(4, Activation.IDENTITY)), Activation.SOFTMAX));
        nets.put("index-embedding", random(Shape.of(6, 1), List.of(new Embedding.Spec(5, 2),
                new Lstm.Spec(3, StepOutput.LAST_STEP, 0), new Dense.Spec(1, Activation.IDENTITY, false)), Activation.IDENTITY));
        return nets;
    }

    /** A network of these layers whose parameters are seeded random numbers around ±0.8. */
    static LabSnapshot random(Shape input, List<LayerSpec> layers, Activation head) {
        Network n = new Architecture(input, layers, head, Init.GLOROT).build(new Rng(layers.size()));
        Rng rng = new Rng(input.size() * 31L + layers.size());
        double[] w = n.parameterBuffer();
        for (int i = 0; i < w.length; i++) {
            w[i] = (rng.nextDouble() * 2 - 1) * 0.8;
        }
        n.copyParametersFrom(w);
        Loss loss = head == Activation.SOFTMAX ? Loss.SOFTMAX_CROSS_ENTROPY
                : head == Activation.SIGMOID ? Loss.BINARY_CROSS_ENTROPY : Loss.SQUARED_ERROR;
        return new LabSnapshot(n, TrainingConfig.of(loss, 0.01, 4), 0, "", null);
    }

    /** Every case, page runs first. */
    static Map<String, LabSnapshot> all() {
        Map<String, LabSnapshot> all = new LinkedHashMap<>(pageRuns());
        all.putAll(handMade());
        return all;
    }

    /**
     * {@code count} inputs that fit {@code s}'s network: symbol indices for an index embedding,
     * one-hot steps for a one-hot one, random numbers in [-1, 1] otherwise; row-major, one input after another.
     */
    static double[] inputs(LabSnapshot s, int count, Rng rng) {
        Architecture a = s.network().architecture();
        int size = a.inputs();
        double[] x = new double[count * size];
        LayerSpec first = a.layers().get(0);
        if (first instanceof Embedding.Spec e) {
            int steps = a.input().dim(0);
            boolean indices = a.input().dim(1) == 1;
            for (int n = 0; n < count; n++) {
                for (int t = 0; t < steps; t++) {
                    int symbol = rng.nextInt(e.vocabulary());
                    if (indices) {
                        x[n * size + t] = symbol;
                    } else {
                        x[n * size + t * e.vocabulary() + symbol] = 1.0;
                    }
                }
            }
            return x;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble() * 2 - 1;
        }
        return x;
    }

    /** The core's outputs for {@link #inputs}, one output row after another. */
    static double[] outputs(LabSnapshot s, double[] inputs) {
        Network n = Predictions.copyOf(s.network());
        int size = n.architecture().inputs();
        int outs = n.output().length;
        double[] result = new double[inputs.length / size * outs];
        for (int r = 0; r < inputs.length / size; r++) {
            System.arraycopy(n.forward(inputs, r * size), 0, result, r * outs, outs);
        }
        return result;
    }
}
