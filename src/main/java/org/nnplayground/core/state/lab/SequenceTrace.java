package org.nnplayground.core.state.lab;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.sequence.SequenceData;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Gru;
import org.nnplayground.core.nn.layer.Layer;
import org.nnplayground.core.nn.layer.Lstm;
import org.nnplayground.core.nn.layer.Recurrent;

/**
 * One sequence run through the network as it is now, everything a view through time draws: the
 * inputs, targets and outputs at every step, each recurrent layer's hidden state at every step (a
 * units x time heatmap), its gates (LSTM and GRU), and the length of dLoss/dh_t at every step (the
 * gradient through time). Computed by one forward and one backward pass of that sequence alone; the
 * network's gradients are overwritten, its weights untouched (the trainer computes its gradients
 * afresh before every update, so a trace between two frames changes nothing of the run).
 */
public final class SequenceTrace {
    /** One recurrent layer's states through time. */
    public record LayerTrace(String kind, int hidden, int gateRows, double[] states, double[] gates, double[] gradientNorms) {
        /** The state of unit {@code unit} after step {@code step}. */
        public double state(int step, int unit) {
            return states[step * hidden + unit];
        }

        /** Gate {@code gate} (0-based, in the cell's order) of unit {@code unit} at step {@code step}; 0 without gates. */
        public double gate(int step, int gate, int unit) {
            return gateRows == 0 ? 0.0 : gates[(step * gateRows + gate) * hidden + unit];
        }
    }

    private final int steps;
    private final int inputFeatures;
    private final int targetSteps;
    private final int targetFeatures;
    private final double[] inputs;
    private final double[] targets;
    private final double[] outputs;
    private final double loss;
    private final List<LayerTrace> layers;

    private SequenceTrace(int steps, int inputFeatures, int targetSteps, int targetFeatures, double[] inputs,
                          double[] targets, double[] outputs, double loss, List<LayerTrace> layers) {
        this.steps = steps;
        this.inputFeatures = inputFeatures;
        this.targetSteps = targetSteps;
        this.targetFeatures = targetFeatures;
        this.inputs = inputs;
        this.targets = targets;
        this.outputs = outputs;
        this.loss = loss;
        this.layers = List.copyOf(layers);
    }

    /**
     * Sequence {@code index} of the session's test set ({@code test}) or training set, through its
     * network as it is now.
     *
     * @throws IllegalArgumentException when the session has no sequences or no such sequence
     */
    public static SequenceTrace of(LabSession session, boolean test, int index) {
        return of(session.trainer().network(), session.state().model().loss(), sequences(session, test, index), index);
    }

    /** The test or training sequences of {@code session}, which has sequence {@code index}; else refused. */
    static SequenceData sequences(LabSession session, boolean test, int index) {
        if (session.sets().sequences() == null) {
            throw new IllegalArgumentException("this run has no sequences");
        }
        SequenceData data = test ? session.sets().sequences().test() : session.sets().sequences().train();
        if (index < 0 || index >= data.count()) {
            throw new IllegalArgumentException("Sequence: " + (index + 1) + " is not allowed; use 1 to " + data.count());
        }
        return data;
    }

    /** Sequence {@code index} of {@code data} through {@code network}, scored by {@code loss}. */
    public static SequenceTrace of(Network network, Loss loss, SequenceData data, int index) {
        double[] in = inputs(data, index);
        double[] target = targets(data, index);
        double[] out = network.forward(in, 0).clone();
        double value = network.loss(loss, target, 0);
        network.zeroGradients();
        network.backward(loss, target, 0, 1.0);
        SequenceTrace trace = read(network, data, in, target, out, value);
        network.zeroGradients();
        return trace;
    }

    /** The inputs of sequence {@code index}, steps x features. */
    static double[] inputs(SequenceData data, int index) {
        double[] in = new double[data.inputSize()];
        for (int t = 0; t < data.steps(); t++) {
            for (int f = 0; f < data.inputFeatures(); f++) {
                in[t * data.inputFeatures() + f] = data.input(index, t, f);
            }
        }
        return in;
    }

    /** The targets of sequence {@code index}, target steps x features. */
    static double[] targets(SequenceData data, int index) {
        double[] target = new double[data.targetSize()];
        for (int t = 0; t < data.targetSteps(); t++) {
            for (int f = 0; f < data.targetFeatures(); f++) {
                target[t * data.targetFeatures() + f] = data.target(index, t, f);
            }
        }
        return target;
    }

    /**
     * The trace of a sequence of {@code data} that {@code network} has just run forward ({@code out},
     * scored {@code value}) and backward: what its recurrent layers hold now, copied.
     */
    static SequenceTrace read(Network network, SequenceData data, double[] in, double[] target, double[] out, double value) {
        List<LayerTrace> traces = new ArrayList<>();
        for (Layer layer : network.layers()) {
            if (layer instanceof Recurrent) {
                Recurrent r = (Recurrent) layer;
                double[] norms = new double[r.steps()];
                r.gradientNormsThroughTime(norms);
                double[] gates = null;
                int gateRows = 0;
                String kind = "Elman";
                if (r instanceof Lstm) {
                    gates = ((Lstm) r).gateValues().clone();
                    gateRows = 4;
                    kind = "LSTM";
                } else if (r instanceof Gru) {
                    gates = ((Gru) r).gateValues().clone();
                    gateRows = 3;
                    kind = "GRU";
                }
                traces.add(new LayerTrace(kind, r.hiddenSize(), gateRows, r.hiddenStates().clone(), gates, norms));
            }
        }
        return new SequenceTrace(data.steps(), data.inputFeatures(), data.targetSteps(), data.targetFeatures(), in,
                target, out, value, traces);
    }

    /** The names of a cell's gates, in the order of {@link LayerTrace#gate}: none for Elman. */
    public static List<String> gateNames(String kind) {
        switch (kind) {
            case "LSTM":
                return List.of("input", "forget", "candidate", "output");
            case "GRU":
                return List.of("update", "reset", "candidate");
            default:
                return List.of();
        }
    }

    public int steps() {
        return steps;
    }

    public int inputFeatures() {
        return inputFeatures;
    }

    /** Steps that have a target: every step, or 1 (the last) for a sequence-to-one problem. */
    public int targetSteps() {
        return targetSteps;
    }

    public int targetFeatures() {
        return targetFeatures;
    }

    /** Input {@code feature} at {@code step}. */
    public double input(int step, int feature) {
        return inputs[step * inputFeatures + feature];
    }

    /** Target {@code feature} at target step {@code step} (see {@link #targetSteps()}). */
    public double target(int step, int feature) {
        return targets[step * targetFeatures + feature];
    }

    /** The network's output {@code feature} at target step {@code step}, after the head (probabilities for text). */
    public double output(int step, int feature) {
        return outputs[step * targetFeatures + feature];
    }

    /** This sequence's loss (summed over its steps). */
    public double loss() {
        return loss;
    }

    /** The recurrent layers' traces, bottom first. */
    public List<LayerTrace> layers() {
        return layers;
    }
}
